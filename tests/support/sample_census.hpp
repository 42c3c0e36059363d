// sample_census.hpp — small, fully populated census values for tests that need records but
// not a particular scenario (store round trips, writer/reader round trips).
#pragma once

#include <string>

#include "model/child_journey.hpp"

namespace lens::testing {

inline Date day(const char* iso) { return *Date::parse(iso); }

// A child with every field and every kind of record, two episodes, so a round trip through
// any store or file format exercises all of it.
inline Child full_child(const std::string& id) {
  Child c;
  c.la_child_id = id;
  c.upn = "A123456789012";
  c.former_upn = "B12345678901C";
  c.birth = day("2010-02-28");
  c.gender = "2";
  c.ethnicity = "WBRI";
  c.disabilities = {"MOB", "AUT"};
  CinEpisode first;
  first.referral = day("2015-06-01");
  first.source = "5A";
  first.primary_need = "N1";
  first.closure = day("2016-01-15");
  first.closure_reason = "RC7";
  first.icpc = day("2015-06-20");
  first.assessments = {{day("2015-06-02"), day("2015-06-10"), day("2015-07-01"), {"3A", "4B"}},
                       {day("2015-09-01"), std::nullopt, std::nullopt, {}}};
  first.cin_plans = {{day("2015-07-02"), day("2015-08-01")}};
  first.section47s = {{day("2015-06-03"), day("2015-06-24"), day("2015-06-20"), false}};
  first.cp_plans = {{day("2015-06-20"), day("2016-01-10"), "NEG", "EMO", 0,
                     {day("2015-09-15"), day("2015-12-20")}}};
  CinEpisode second;
  second.referral = day("2016-11-30");
  second.source = "6";
  second.nfa = true;
  c.episodes = {first, second};
  return c;
}

inline Child unborn_child(const std::string& id) {
  Child c;
  c.la_child_id = id;
  c.upn_unknown = "UN1";
  c.expected_birth = day("2017-05-01");
  c.gender = "0";
  c.ethnicity = "NOBT";
  CinEpisode ep;
  ep.referral = day("2017-01-10");
  ep.source = "3A";
  ep.primary_need = "N1";
  c.episodes = {ep};
  return c;
}

// An episode written in one line for a hand-worked case: referred on `referral` (source 1A,
// need N1) and, when `closure` is given, closed then (reason RC8).
inline CinEpisode census_episode(const char* referral, const char* closure = nullptr) {
  CinEpisode e;
  e.referral = day(referral);
  e.source = "1A";
  e.primary_need = "N1";
  if (closure) {
    e.closure = day(closure);
    e.closure_reason = "RC8";
  }
  return e;
}

inline Census sample_census(const std::string& la, int year, int children = 3) {
  Census census;
  census.header.la = la;
  census.header.collection_year = year;
  census.header.reference_date = Date::from_ymd(year, 3, 31);
  census.header.software_code = "Lens tests";
  census.header.release = "1";
  census.header.serial_no = "001";
  census.header.date_time = std::to_string(year) + "-04-02T10:00:00";
  for (int i = 0; i < children; ++i) {
    std::string id = "C" + std::to_string(1000 + i);
    census.children.push_back(i % 3 == 2 ? unborn_child(id) : full_child(id));
    census.children.back().la = la;
  }
  return census;
}

}  // namespace lens::testing
