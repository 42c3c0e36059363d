#include "store/journey_tables.hpp"

#include "store/store.hpp"

namespace lens::journey_tables {
namespace {

Value text(const std::string& s) { return s; }
Value date(const OptDate& d) { return d ? Value(d->iso()) : std::nullopt; }
Value date(Date d) { return d.iso(); }
Value number(std::int64_t n) { return std::to_string(n); }

std::string need(const Value& v, const char* what) {
  if (!v) throw StoreError(std::string("the store holds a record with no ") + what);
  return *v;
}
Date need_date(const Value& v, const char* what) {
  auto d = Date::parse(need(v, what));
  if (!d) throw StoreError(std::string("the store holds a record whose ") + what + " '" + *v +
                           "' is not a date");
  return *d;
}
OptDate opt_date(const Value& v, const char* what) {
  return v ? OptDate(need_date(v, what)) : std::nullopt;
}
std::int64_t integer(const Value& v, const char* what) { return std::stoll(need(v, what)); }

template <typename T>
T& at(std::vector<T>& v, std::int64_t i) {
  if (i < 0 || static_cast<std::size_t>(i) >= v.size())
    throw StoreError("the store is inconsistent: a record refers to a missing parent record");
  return v[static_cast<std::size_t>(i)];
}

}  // namespace

const TableSpec& spec(Table t) {
  static const std::array<TableSpec, kTableCount> specs = {{
      {"child",
       {"la", "child_id", "upn", "former_upn", "upn_unknown", "birth_date", "expected_birth_date",
        "gender", "death_date", "ethnicity"},
       "la, child_id"},
      {"child_disability", {"la", "child_id", "seq", "code"}, "la, child_id, seq"},
      {"cin_episode",
       {"la", "child_id", "episode_seq", "referral_date", "referral_source", "primary_need",
        "closure_date", "closure_reason", "icpc_date", "referral_nfa"},
       "la, child_id, episode_seq"},
      {"assessment",
       {"la", "child_id", "episode_seq", "seq", "start_date", "internal_review_date",
        "authorisation_date"},
       "la, child_id, episode_seq, seq"},
      {"assessment_factor", {"la", "child_id", "episode_seq", "assessment_seq", "seq", "code"},
       "la, child_id, episode_seq, assessment_seq, seq"},
      {"cin_plan", {"la", "child_id", "episode_seq", "seq", "start_date", "end_date"},
       "la, child_id, episode_seq, seq"},
      {"section47",
       {"la", "child_id", "episode_seq", "seq", "start_date", "icpc_target_date", "icpc_date",
        "icpc_not_required"},
       "la, child_id, episode_seq, seq"},
      {"cp_plan",
       {"la", "child_id", "episode_seq", "seq", "start_date", "end_date", "initial_category",
        "latest_category", "previous_plans"},
       "la, child_id, episode_seq, seq"},
      {"cp_review", {"la", "child_id", "episode_seq", "plan_seq", "seq", "review_date"},
       "la, child_id, episode_seq, plan_seq, seq"},
  }};
  return specs[t];
}

void flatten(const std::string& la, const Child& c,
             const std::function<void(Table, const Row&)>& sink) {
  const Value id = c.la_child_id;
  sink(kChild, {la, id, text(c.upn), text(c.former_upn), text(c.upn_unknown), date(c.birth),
                date(c.expected_birth), text(c.gender), date(c.death), text(c.ethnicity)});
  for (std::size_t i = 0; i < c.disabilities.size(); ++i)
    sink(kDisability, {la, id, number(i), c.disabilities[i]});
  for (std::size_t e = 0; e < c.episodes.size(); ++e) {
    const CinEpisode& ep = c.episodes[e];
    const Value es = number(e);
    sink(kEpisode, {la, id, es, date(ep.referral), ep.source, ep.primary_need, date(ep.closure),
                    ep.closure_reason, date(ep.icpc), number(ep.nfa)});
    for (std::size_t a = 0; a < ep.assessments.size(); ++a) {
      const Assessment& as = ep.assessments[a];
      sink(kAssessment, {la, id, es, number(a), date(as.start), date(as.internal_review),
                         date(as.authorised)});
      for (std::size_t f = 0; f < as.factors.size(); ++f)
        sink(kFactor, {la, id, es, number(a), number(f), as.factors[f]});
    }
    for (std::size_t p = 0; p < ep.cin_plans.size(); ++p)
      sink(kCinPlan, {la, id, es, number(p), date(ep.cin_plans[p].start), date(ep.cin_plans[p].end)});
    for (std::size_t s = 0; s < ep.section47s.size(); ++s) {
      const Section47& s47 = ep.section47s[s];
      sink(kSection47, {la, id, es, number(s), date(s47.start), date(s47.icpc_target),
                        date(s47.icpc), number(s47.icpc_not_required)});
    }
    for (std::size_t p = 0; p < ep.cp_plans.size(); ++p) {
      const CpPlan& plan = ep.cp_plans[p];
      sink(kCpPlan, {la, id, es, number(p), date(plan.start), date(plan.end),
                     plan.initial_category, plan.latest_category, number(plan.previous_plans)});
      for (std::size_t r = 0; r < plan.reviews.size(); ++r)
        sink(kReview, {la, id, es, number(p), number(r), date(plan.reviews[r])});
    }
  }
}

void assemble(const std::array<Cursor*, kTableCount>& cursors,
              const std::function<void(Child&&)>& visit) {
  Cursor& child = *cursors[kChild];
  while (child.valid()) {
    Child c;
    c.la = need(child.get(0), "la");
    c.la_child_id = need(child.get(1), "child id");
    c.upn = child.get(2).value_or("");
    c.former_upn = child.get(3).value_or("");
    c.upn_unknown = child.get(4).value_or("");
    c.birth = opt_date(child.get(5), "birth date");
    c.expected_birth = opt_date(child.get(6), "expected birth date");
    c.gender = child.get(7).value_or("");
    c.death = opt_date(child.get(8), "death date");
    c.ethnicity = child.get(9).value_or("");
    // The rows of this child are the next rows of every other scan.
    auto rows_of = [&](Table t, const std::function<void(const Cursor&)>& take) {
      Cursor& cur = *cursors[t];
      for (; cur.valid() && cur.get(1) == c.la_child_id && cur.get(0) == c.la; cur.next()) take(cur);
    };
    rows_of(kDisability, [&](const Cursor& r) { c.disabilities.push_back(need(r.get(3), "code")); });
    rows_of(kEpisode, [&](const Cursor& r) {
      CinEpisode ep;
      ep.referral = need_date(r.get(3), "referral date");
      ep.source = r.get(4).value_or("");
      ep.primary_need = r.get(5).value_or("");
      ep.closure = opt_date(r.get(6), "closure date");
      ep.closure_reason = r.get(7).value_or("");
      ep.icpc = opt_date(r.get(8), "initial conference date");
      ep.nfa = integer(r.get(9), "NFA flag") != 0;
      c.episodes.push_back(std::move(ep));
    });
    auto episode = [&](const Cursor& r) -> CinEpisode& {
      return at(c.episodes, integer(r.get(2), "episode"));
    };
    rows_of(kAssessment, [&](const Cursor& r) {
      episode(r).assessments.push_back({need_date(r.get(4), "assessment start"),
                                        opt_date(r.get(5), "assessment review date"),
                                        opt_date(r.get(6), "assessment authorisation"), {}});
    });
    rows_of(kFactor, [&](const Cursor& r) {
      at(episode(r).assessments, integer(r.get(3), "assessment"))
          .factors.push_back(need(r.get(5), "factor"));
    });
    rows_of(kCinPlan, [&](const Cursor& r) {
      episode(r).cin_plans.push_back(
          {need_date(r.get(4), "CIN plan start"), opt_date(r.get(5), "CIN plan end")});
    });
    rows_of(kSection47, [&](const Cursor& r) {
      episode(r).section47s.push_back({need_date(r.get(4), "s47 start"),
                                       opt_date(r.get(5), "ICPC target"),
                                       opt_date(r.get(6), "ICPC date"),
                                       integer(r.get(7), "ICPC not required") != 0});
    });
    rows_of(kCpPlan, [&](const Cursor& r) {
      episode(r).cp_plans.push_back({need_date(r.get(4), "CP plan start"),
                                     opt_date(r.get(5), "CP plan end"), r.get(6).value_or(""),
                                     r.get(7).value_or(""),
                                     static_cast<int>(integer(r.get(8), "previous plans")),
                                     {}});
    });
    rows_of(kReview, [&](const Cursor& r) {
      at(episode(r).cp_plans, integer(r.get(3), "plan"))
          .reviews.push_back(need_date(r.get(5), "review date"));
    });
    child.next();
    visit(std::move(c));
  }
}

}  // namespace lens::journey_tables
