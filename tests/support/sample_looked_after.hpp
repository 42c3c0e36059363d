// sample_looked_after.hpp — small, fully populated 903 returns for tests that need records but
// not a particular scenario (store round trips, writer/reader round trips).
#pragma once

#include <string>

#include "model/looked_after.hpp"

namespace lens::testing {

inline Date lac_day(const char* iso) { return *Date::parse(iso); }

// A child with every field and every kind of 903 record, as the `year` return has it (year is
// 2017 or later; the dates sit in the year ending 31 March `year`).
inline LookedAfterChild full_looked_after_child(const std::string& la, const std::string& id, int year) {
  auto d = [&](int month, int day_of_month) {
    // Months 4..12 fall in year-1, 1..3 in year.
    return *Date::from_ymd(month >= 4 ? year - 1 : year, month, day_of_month);
  };
  LookedAfterChild c;
  c.la = la;
  c.la_child_id = id;
  c.years = {year};
  c.upn = "A123456789012";
  c.sex = "2";
  c.birth = lac_day("2002-02-28");
  c.ethnicity = "MWBA";
  c.mother = "1";
  c.mother_child_birth = d(5, 17);
  c.episodes = {
      {d(4, 10), "S", "L1", "N1", "U6", "PR1", d(4, 12), "X1", "CARPL", "E8 1AA", "RM10 7BB", ""},
      {d(4, 12), "B", "C1", "N1", "K2", "PR4", d(11, 30), "X1", "CREQB", "E8 1AA", "SS1, 2CC", "SC123456"},
      {d(11, 30), "L", "C2", "N1", "K2", "PR4", std::nullopt, "", "", "E8 1AA", "SS1, 2CC", "SC123456"},
  };
  c.reviews = {{d(5, 8), "PN1"}, {d(8, 1), "PN5"}};
  c.missing = {{"M", d(6, 1), d(6, 3)}, {"A", d(9, 9), std::nullopt}};
  c.uasc = {{year, d(2, 27)}};
  c.health = {{year, 17, "", false, true, true, false, true, false, std::nullopt, true}};
  c.care_leaver = {{year, "YES", "F2", "D1"}};
  c.adoptions = {{year, d(6, 1), d(7, 1), true, 2, "MF", "L11"}};
  c.placed_for_adoption = {{d(6, 1), d(12, 24), "RD1"}};
  c.previous_permanence = {{year, "P2", "316", "zz/03/2014"}};
  if (year >= 2024) c.social_workers = {{"SW1234", d(4, 10), d(10, 1), "LEFTRL"}, {"SW999", d(10, 1), std::nullopt, ""}};
  return c;
}

// A child with only what the 903 requires: a header and one open episode.
inline LookedAfterChild bare_looked_after_child(const std::string& la, const std::string& id, int year) {
  LookedAfterChild c;
  c.la = la;
  c.la_child_id = id;
  c.years = {year};
  c.upn = "UN1";
  c.sex = "1";
  c.birth = *Date::from_ymd(year - 1, 1, 9);
  c.ethnicity = "NOBT";
  c.episodes = {{*Date::from_ymd(year - 1, 4, 1), "S", "V2", "N8", "U3", "PR1", std::nullopt, "", "", "", "", ""}};
  return c;
}

inline LookedAfterReturn sample_looked_after_return(const std::string& la, int year, int children = 3) {
  LookedAfterReturn r;
  r.la = la;
  r.collection_year = year;
  for (int i = 0; i < children; ++i) {
    std::string id = "C" + std::to_string(1000 + i);
    r.children.push_back(i % 3 == 1 ? bare_looked_after_child(la, id, year)
                                    : full_looked_after_child(la, id, year));
  }
  return r;
}

}  // namespace lens::testing
