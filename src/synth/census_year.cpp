#include "synth/census_year.hpp"

#include <algorithm>

namespace lens::synth {

Date collection_start(int collection_year) { return *Date::from_ymd(collection_year - 1, 4, 1); }
Date reference_date(int collection_year) { return *Date::from_ymd(collection_year, 3, 31); }

std::optional<Child> child_in_census(const Child& full, int collection_year) {
  const Date start = collection_start(collection_year), ref = reference_date(collection_year);
  auto after = [&](Date d) { return d > ref; };
  Child c = full;
  c.episodes.clear();
  for (const CinEpisode& whole : full.episodes) {
    if (whole.referral > ref || (whole.closure && *whole.closure < start)) continue;
    CinEpisode e = whole;
    if (e.closure && after(*e.closure)) {
      e.closure.reset();
      e.closure_reason.clear();
    }
    if (e.icpc && after(*e.icpc)) e.icpc.reset();
    std::erase_if(e.assessments, [&](const Assessment& a) { return after(a.start); });
    for (auto& a : e.assessments) {
      if (a.internal_review && after(*a.internal_review)) a.internal_review.reset();
      if (a.authorised && after(*a.authorised)) {
        // Factors are recorded when the assessment is authorised (DfE rule 8614).
        a.authorised.reset();
        a.factors.clear();
      }
    }
    std::erase_if(e.section47s, [&](const Section47& s) { return after(s.start); });
    for (auto& s : e.section47s)
      if (s.icpc && after(*s.icpc)) {
        s.icpc.reset();
        s.icpc_not_required = false;
      }
    std::erase_if(e.cp_plans, [&](const CpPlan& p) { return after(p.start); });
    for (auto& p : e.cp_plans) {
      if (p.end && after(*p.end)) {
        p.end.reset();
        // The latest category is as last recorded; a change after 31 March is not known yet.
        p.latest_category = p.initial_category;
      }
      std::erase_if(p.reviews, after);
    }
    std::erase_if(e.cin_plans, [&](const CinPlan& p) { return after(p.start); });
    for (auto& p : e.cin_plans)
      if (p.end && after(*p.end)) p.end.reset();
    c.episodes.push_back(std::move(e));
  }
  if (c.episodes.empty()) return std::nullopt;
  // Some children have no disability recorded, which the census allows only while every
  // referral of theirs ended with no further action: once one went further, the child has
  // been assessed and the disability is known, NONE if they have none (DfE rule 8540).
  if (c.disabilities.empty() &&
      std::any_of(c.episodes.begin(), c.episodes.end(), [](const CinEpisode& e) { return !e.nfa; }))
    c.disabilities.push_back("NONE");

  if (c.death && after(*c.death)) c.death.reset();
  if (c.birth && after(*c.birth)) {
    c.birth.reset();
    c.gender = "0";
  } else {
    c.expected_birth.reset();  // either the birth date or the expected one (DfE rule 8525)
  }
  if (!c.birth || age_in_years(*c.birth, ref) < 5) {
    c.upn.clear();
    c.upn_unknown = "UN1";
  }
  recode_for_collection_year(c, collection_year);
  return c;
}

void recode_for_collection_year(Child& child, int year) {
  for (auto& e : child.episodes) {
    if (year < 2023) {
      if (e.source == "5D") e.source = "5B";
      if (e.closure_reason == "RC9") e.closure_reason = "RC8";
    }
    for (auto& a : e.assessments) {
      for (auto& f : a.factors) {
        if (year <= 2020) {
          if (f == "18B" || f == "18C") f = "18A";
          if (f == "19B" || f == "19C") f = "19A";
        } else {
          if (f == "18A") f = "18C";
          if (f == "19A") f = "19C";
        }
        if (year < 2022 && f == "24A") f = "20";
      }
      // Recoding can make two factors the same code; keep the first.
      std::vector<std::string> unique;
      for (auto& f : a.factors)
        if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(f);
      a.factors = std::move(unique);
    }
    if (year < 2024) e.cin_plans.clear();
  }
}

CensusHeader synthetic_header(const std::string& la, int collection_year) {
  CensusHeader h;
  h.la = la;
  h.collection_year = collection_year;
  h.reference_date = reference_date(collection_year);
  h.software_code = "Lens synthetic";
  h.release = "1";
  h.serial_no = "001";
  h.date_time = std::to_string(collection_year) + "-05-01T09:00:00";
  return h;
}

}  // namespace lens::synth
