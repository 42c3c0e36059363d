// ssda903_rule_support.hpp — what several SSDA903 rules (codes 101 to 399) say the same way.
//
// The child's sex as the year codes it, a date cell that is written but not a date, each child's
// date of birth, a child's episodes in date order, and the DfE's "looked after continuously for
// at least 12 months at 31 March" (the OC2 cohort). Everything reads the return only and is safe
// to call from rules running in parallel; maps hold views into the return's tables, which must
// outlive them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/date.hpp"
#include "returns/ssda903/ssda903_codes.hpp"
#include "validation/return_tables.hpp"
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation::s903 {

// Whether `v` is one of `codes`.
inline bool one_of(std::string_view v, std::initializer_list<std::string_view> codes) {
  return std::find(codes.begin(), codes.end(), v) != codes.end();
}

// The 903 codes SEX 1 (male) / 2 (female) until 2023-24, and M / F / U (unknown) from 2024-25; a
// return of unknown year (0) is read as the current one.
inline bool sex_codes_are_letters(int collection_year) { return collection_year == 0 || collection_year >= 2025; }
inline bool is_male(std::string_view sex, int collection_year) {
  return sex == (sex_codes_are_letters(collection_year) ? "M" : "1");
}
inline bool is_female(std::string_view sex, int collection_year) {
  return sex == (sex_codes_are_letters(collection_year) ? "F" : "2");
}

// The sex as one spelling across the change of codes ("1" -> "M", "2" -> "F"), so that this
// year's and last year's returns compare.
inline std::string_view sex_as_letter(std::string_view sex) {
  if (sex == "1") return "M";
  if (sex == "2") return "F";
  return sex;
}

// Whether a cell is a real date written as the 903 writes dates, DD/MM/YYYY (the tables also
// read the CIN census's YYYY-MM-DD, which a 903 return may not use).
inline bool is_903_date(const Table& t, std::size_t row, int column) {
  const std::string_view v = t.text(row, column);
  return v.size() == 10 && v[2] == '/' && t.date(row, column).has_value();
}
// A cell that holds text but not a real DD/MM/YYYY date (a blank cell is not "not a date").
inline bool written_but_not_a_date(const Table& t, std::size_t row, int column) {
  return !t.blank(row, column) && !is_903_date(t, row, column);
}

// Flags each row of `table` whose `column` is not a code of `list` in the return's year; a blank
// cell is flagged unless `blank_allowed`.
inline void flag_codes_not_in(const ReturnTables& r, Findings& found, std::string_view table, std::string_view column,
                              ssda903::CodeList list, bool blank_allowed) {
  const Table& t = r.table(table);
  const int c = t.column(column);
  for (std::size_t row = 0; row < t.rows(); ++row) {
    if (blank_allowed && t.blank(row, c)) continue;
    if (!ssda903::is_valid_code(list, t.text(row, c), r.collection_year)) found.flag(t, row);
  }
}

// Flags each row of `table` whose `column` is not a real DD/MM/YYYY date; a blank cell is
// flagged unless `blank_allowed`.
inline void flag_not_dates(const ReturnTables& r, Findings& found, std::string_view table, std::string_view column,
                           bool blank_allowed) {
  const Table& t = r.table(table);
  const int c = t.column(column);
  for (std::size_t row = 0; row < t.rows(); ++row)
    if (blank_allowed ? written_but_not_a_date(t, row, c) : !is_903_date(t, row, c)) found.flag(t, row);
}

// Each child's date of birth from a table with CHILD and DOB (Header, OC3): the first row's.
inline std::unordered_map<std::string_view, OptDate> first_dates(const Table& t, std::string_view column);
inline std::unordered_map<std::string_view, OptDate> dob_by_child(const Table& t) { return first_dates(t, "DOB"); }
// The child's date in such a map, nullopt when the child is missing or it is no date.
inline OptDate dob_of(const std::unordered_map<std::string_view, OptDate>& dobs, std::string_view child) {
  auto it = dobs.find(child);
  return it == dobs.end() ? std::nullopt : it->second;
}

// Whether the return says who is UASC at all: a UASC column in this or last year's header (XML
// returns), or a UASC table this year or last (CSV returns).
inline bool knows_uasc(const ReturnTables& r) {
  return r.table("Header").column("UASC") >= 0 || r.table("Header_last").column("UASC") >= 0 || r.has("UASC") ||
         r.has("UASC_last");
}

// Each child's UASC status ("1" or "0") in one year's return (`suffix` "" for this year, "_last"
// for last year's): the header's UASC column where it has one (XML returns), else read from the
// UASC table (CSV returns), where a child with anything besides CHILD, SEX and DOB (a date UASC
// ceased) is UASC. nullopt when that year's return says nothing of UASC.
inline std::optional<std::unordered_map<std::string_view, std::string_view>> uasc_status(const ReturnTables& r,
                                                                                           std::string_view suffix) {
  std::unordered_map<std::string_view, std::string_view> out;
  const Table& header = r.table(std::string("Header") + std::string(suffix));
  if (const int uasc = header.column("UASC"); uasc >= 0) {
    for (std::size_t row = 0; row < header.rows(); ++row) out.emplace(header.child(row), header.text(row, uasc));
    return out;
  }
  const std::string table = std::string("UASC") + std::string(suffix);
  if (!r.has(table)) return std::nullopt;
  const Table& t = r.table(table);
  for (std::size_t row = 0; row < t.rows(); ++row) {
    bool uasc = false;
    for (std::size_t c = 0; c < t.columns().size(); ++c)
      if (!one_of(t.columns()[c], {"CHILD", "SEX", "DOB"}) && !t.blank(row, static_cast<int>(c))) uasc = true;
    auto [it, added] = out.emplace(t.child(row), uasc ? "1" : "0");
    if (uasc) it->second = "1";
  }
  return out;
}

// The children who are or were unaccompanied asylum-seeking children, this year or last.
inline std::unordered_set<std::string_view> uasc_children(const ReturnTables& r) {
  std::unordered_set<std::string_view> out;
  for (std::string_view suffix : {"", "_last"})
    if (auto status = uasc_status(r, suffix))
      for (const auto& [child, uasc] : *status)
        if (uasc == "1") out.insert(child);
  return out;
}

// Each child's first row in a table, and the date in `column` of that row.
inline std::unordered_map<std::string_view, std::size_t> first_rows(const Table& t) {
  std::unordered_map<std::string_view, std::size_t> out;
  for (std::size_t row = 0; row < t.rows(); ++row) out.emplace(t.child(row), row);
  return out;
}
inline std::unordered_map<std::string_view, OptDate> first_dates(const Table& t, std::string_view column) {
  std::unordered_map<std::string_view, OptDate> out;
  const int c = t.column(column);
  for (std::size_t row = 0; row < t.rows(); ++row) out.emplace(t.child(row), t.date(row, c));
  return out;
}

// Each child's episodes ordered by DECOM (rows without a real DECOM first, in table order), so
// "the previous episode" and "the latest episode" are neighbours and ends.
inline std::unordered_map<std::string_view, std::vector<std::size_t>> episodes_in_date_order(const Table& episodes) {
  auto by_child = rows_by_child(episodes);
  const int decom = episodes.column("DECOM");
  for (auto& [child, rows] : by_child)
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
      return episodes.date(a, decom) < episodes.date(b, decom);  // nullopt sorts first
    });
  return by_child;
}

// Flags every episode of each spell under legal status `ls` that lasts more than `max_days` days:
// a spell is a run of a child's episodes with that status, each beginning the day the one before
// ended. An open episode runs to 31 March (nothing is flagged when the year is unknown).
inline void flag_spells_longer_than(const ReturnTables& r, Findings& found, std::string_view ls, int max_days) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC"), status = eps.column("LS");
  for (const auto& [child, rows] : episodes_in_date_order(eps)) {
    std::size_t i = 0;
    while (i < rows.size()) {
      const OptDate began = eps.date(rows[i], decom);
      if (!began || eps.text(rows[i], status) != ls) {
        ++i;
        continue;
      }
      std::size_t j = i;
      Date ended = eps.date(rows[j], dec).value_or(*end);
      while (j + 1 < rows.size() && eps.text(rows[j + 1], status) == ls && eps.date(rows[j + 1], decom) == ended) {
        ++j;
        ended = eps.date(rows[j], dec).value_or(*end);
      }
      if (ended - *began > max_days)
        for (std::size_t k = i; k <= j; ++k) found.flag(eps, rows[k]);
      i = j + 1;
    }
  }
}

// Flags each episode in placement `place` that began before the child's birthday `years`
// (the DfE's "should be at least N"); the birthday itself is old enough.
inline void flag_placed_younger_than(const ReturnTables& r, Findings& found, std::initializer_list<std::string_view> places,
                                     int years) {
  const auto dobs = dob_by_child(r.table("Header"));
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), place = eps.column("PLACE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    if (std::find(places.begin(), places.end(), eps.text(row, place)) == places.end()) continue;
    const OptDate born = dob_of(dobs, eps.child(row)), began = eps.date(row, decom);
    if (born && began && *began < add_years(*born, years)) found.flag(eps, row);
  }
}

// Flags each ended episode in placement `place` that lasted more than `max_days` days.
inline void flag_placements_longer_than(const ReturnTables& r, Findings& found, std::string_view place, int max_days) {
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC"), pl = eps.column("PLACE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate began = eps.date(row, decom), ended = eps.date(row, dec);
    if (eps.text(row, pl) == place && began && ended && *ended - *began > max_days) found.flag(eps, row);
  }
}

// The children looked after continuously for at least 12 months at 31 March, as the DfE's 903
// guidance defines the OC2 cohort and its validator reads it: looked after at some time in the
// collection year, and no episode shows otherwise — none started the period of care (RNE S)
// after 1 April, none ended one (REC other than X1) before 31 March within the year, and none
// in the year was a short break (LS V3 or V4). Empty when the collection year is unknown.
inline std::unordered_set<std::string_view> continuously_looked_after(const ReturnTables& r) {
  std::unordered_set<std::string_view> in_year, broken;
  const OptDate start = collection_start(r), end = collection_end(r);
  if (!start || !end) return in_year;
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC"), rne = eps.column("RNE"), rec = eps.column("REC"),
            ls = eps.column("LS");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate began = eps.date(row, decom), ended = eps.date(row, dec);
    const bool during = began && *began <= *end && (!ended || *ended >= *start);
    const bool starts_care = eps.text(row, rne) == "S" && began && *began > *start && *began <= *end;
    const bool leaves_care = eps.text(row, rec) != "X1" && ended && *ended >= *start && *ended < *end;
    const bool short_break = one_of(eps.text(row, ls), {"V3", "V4"}) && during;
    if (during) in_year.insert(eps.child(row));
    if (starts_care || leaves_care || short_break) broken.insert(eps.child(row));
  }
  for (std::string_view child : broken) in_year.erase(child);
  return in_year;
}

}  // namespace lens::validation::s903
