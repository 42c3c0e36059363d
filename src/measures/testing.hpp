// testing.hpp — for tests only: children written in a few lines, and one indicator computed
// over them. Header-only so that it is never part of the program.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "measures/engine.hpp"
#include "model/child_journey.hpp"
#include "model/looked_after.hpp"

namespace lens::measures::testing {

inline Date d(const char* iso) {
  auto date = Date::parse(iso);
  if (!date) throw std::invalid_argument(std::string("test date ") + iso);
  return *date;
}

inline Child child(const char* id, const char* birth = "2010-06-01", const char* la = "301") {
  Child c;
  c.la = la;
  c.la_child_id = id;
  if (birth) c.birth = d(birth);
  c.gender = "1";
  c.ethnicity = "WBRI";
  return c;
}

// Adds a CIN episode (a referral) to a child and returns it for further detail.
inline CinEpisode& referral(Child& c, const char* date, const char* source = "1A") {
  CinEpisode e;
  e.referral = d(date);
  e.source = source;
  e.primary_need = "N1";
  c.episodes.push_back(e);
  return c.episodes.back();
}

inline Assessment& assessment(CinEpisode& e, const char* start, const char* authorised) {
  Assessment a;
  a.start = d(start);
  if (authorised) a.authorised = d(authorised);
  e.assessments.push_back(a);
  return e.assessments.back();
}

inline Section47& section47(CinEpisode& e, const char* start, const char* icpc = nullptr) {
  Section47 s;
  s.start = d(start);
  if (icpc) s.icpc = d(icpc);
  e.section47s.push_back(s);
  return e.section47s.back();
}

inline CpPlan& plan(CinEpisode& e, const char* start, const char* end = nullptr, const char* category = "NEG") {
  CpPlan p;
  p.start = d(start);
  if (end) p.end = d(end);
  p.initial_category = category;
  p.latest_category = category;
  e.cp_plans.push_back(p);
  return e.cp_plans.back();
}

inline Result measure(const std::vector<Child>& children, std::string_view id, const char* period = "2016-17",
                      std::vector<Dim> by = {}, const PopulationTable* population = nullptr) {
  Snapshot s = build_snapshot(children);
  Request r;
  r.period = parse_period(period);
  r.indicators = select_indicators({std::string(id)});
  r.by = std::move(by);
  EngineContext ctx;
  ctx.population = population;
  ctx.threads = 1;
  return compute(s, r, ctx).at(0);
}

// A looked-after child (SSDA903), and an episode of care added to it (RNE S and a full care
// order in a long-term foster placement unless said).
inline LookedAfterChild looked_after(const char* id, const char* birth = "2010-06-01", const char* la = "301") {
  LookedAfterChild c;
  c.la = la;
  c.la_child_id = id;
  if (birth) c.birth = d(birth);
  c.sex = "1";
  c.ethnicity = "WBRI";
  return c;
}

inline LacEpisode& episode(LookedAfterChild& c, const char* start, const char* end = nullptr, const char* rne = "S",
                           const char* legal_status = "C2", const char* placement = "U4",
                           const char* reason_ceased = "") {
  LacEpisode e;
  e.start = d(start);
  if (end) e.end = d(end);
  e.reason_new = rne;
  e.legal_status = legal_status;
  e.placement = placement;
  e.reason_ceased = reason_ceased;
  c.episodes.push_back(e);
  return c.episodes.back();
}

// One indicator over CIN children and looked-after children together.
inline Result measure_looked_after(const std::vector<LookedAfterChild>& looked_after, std::string_view id,
                                   const char* period = "2016-17", std::vector<Dim> by = {},
                                   const std::vector<Child>& children = {}, const char* covered_from = nullptr) {
  SnapshotBuilder b;
  for (const auto& c : children) b.add(c);
  for (const auto& c : looked_after) {
    if (covered_from) b.cover_looked_after(c.la, d(covered_from));
    b.add(c);
  }
  Snapshot s = b.finish();
  Request r;
  r.period = parse_period(period);
  r.indicators = select_indicators({std::string(id)});
  r.by = std::move(by);
  EngineContext ctx;
  ctx.threads = 1;
  return compute(s, r, ctx).at(0);
}

inline const Breakdown& breakdown(const Result& r, Dim dim) {
  for (const auto& b : r.breakdowns)
    if (b.dim == dim) return b;
  throw std::logic_error("no breakdown by " + std::string(dim_name(dim)));
}

inline const BreakdownRow& row(const Result& r, Dim dim, std::string_view code) {
  for (const auto& row : breakdown(r, dim).rows)
    if (row.code == code) return row;
  throw std::logic_error("no category " + std::string(code));
}

}  // namespace lens::measures::testing
