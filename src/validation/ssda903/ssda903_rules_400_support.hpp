// ssda903_rules_400_support.hpp — what several 903 rules from 400 up need: a child's episodes in
// date order, a child's first row, the children who are or were UASC, and number cells.
//
// The DfE's rules speak of "the previous episode", "the first episode of the year" and "the last
// episode of last year": a child's rows ordered by their start date (DECOM). ChildSequences says
// that once, in one sort, so that no rule scans a child's rows more than a few times. Rows whose
// date is blank or not a real date come after the dated ones, in table order, as the DfE
// validator sorts them. Everything reads the return only and is safe from parallel rules.
#pragma once

#include <algorithm>
#include <charconv>
#include <climits>
#include <initializer_list>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "validation/return_tables.hpp"
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation::ssda903_rules {

// Each child's rows of a table, ordered by one date column (then by table order).
class ChildSequences {
 public:
  ChildSequences(const Table& t, std::string_view date_column) : table_(&t) {
    const int col = t.column(date_column);
    days_.resize(t.rows());
    for (std::size_t row = 0; row < t.rows(); ++row) {
      OptDate d = t.date(row, col);
      days_[row] = d ? d->days() : INT32_MAX;
    }
    rows_.resize(t.rows());
    for (std::size_t row = 0; row < t.rows(); ++row) rows_[row] = row;
    auto before = [&](std::size_t a, std::size_t b) {
      std::string_view ca = t.child(a), cb = t.child(b);
      if (ca != cb) return ca < cb;
      if (days_[a] != days_[b]) return days_[a] < days_[b];
      return a < b;
    };
    // Returns are usually written child by child in date order already.
    if (!std::is_sorted(rows_.begin(), rows_.end(), before)) std::sort(rows_.begin(), rows_.end(), before);
    for (std::size_t i = 0; i < rows_.size(); ++i)
      if (i == 0 || t.child(rows_[i]) != t.child(rows_[i - 1])) starts_.push_back(i);
    starts_.push_back(rows_.size());
  }

  std::size_t children() const { return starts_.size() - 1; }
  // The i-th child's rows, in date order.
  std::span<const std::size_t> rows(std::size_t i) const {
    return std::span<const std::size_t>(rows_).subspan(starts_[i], starts_[i + 1] - starts_[i]);
  }
  std::string_view child(std::size_t i) const { return table_->child(rows_[starts_[i]]); }
  // The row's date (in the ordering column), or nullopt when blank or not a date.
  OptDate date(std::size_t row) const {
    return days_[row] == INT32_MAX ? std::nullopt : OptDate(Date::from_days(days_[row]));
  }

 private:
  const Table* table_;
  std::vector<std::int32_t> days_;
  std::vector<std::size_t> rows_;
  std::vector<std::size_t> starts_;  // children() + 1 offsets into rows_
};

// The child's earliest-starting row and latest-starting row (the first of rows starting the same
// day, as the DfE validator picks); nullopt when none of the child's rows has a date.
inline std::optional<std::size_t> first_dated(const ChildSequences& s, std::size_t i) {
  auto rows = s.rows(i);
  if (rows.empty() || !s.date(rows.front())) return std::nullopt;
  return rows.front();
}
inline std::optional<std::size_t> last_dated(const ChildSequences& s, std::size_t i) {
  auto rows = s.rows(i);
  std::optional<std::size_t> out;
  for (std::size_t row : rows) {
    if (!s.date(row)) break;
    if (!out || s.date(row) != s.date(*out)) out = row;
  }
  return out;
}

// Each child's last episode of last year (Episodes_last, latest DECOM).
inline std::unordered_map<std::string_view, std::size_t> last_episode_last_year(const ReturnTables& r) {
  ChildSequences last(r.table("Episodes_last"), "DECOM");
  std::unordered_map<std::string_view, std::size_t> out;
  out.reserve(last.children());
  for (std::size_t i = 0; i < last.children(); ++i)
    if (auto row = last_dated(last, i)) out.emplace(last.child(i), *row);
  return out;
}

// For each child with episodes in both years: visit(first, last) with this year's first episode
// (earliest DECOM) and last year's last (latest DECOM), the pair the year-on-year rules compare.
template <class Visit>
void visit_first_and_last_years_last(const ReturnTables& r, Visit visit) {
  const auto last_row = last_episode_last_year(r);
  ChildSequences seq(r.table("Episodes"), "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto first = first_dated(seq, i);
    auto before = last_row.find(seq.child(i));
    if (first && before != last_row.end()) visit(*first, before->second);
  }
}

// The 503 rules: where last year's last episode was still open (no valid DEC), this year's first
// episode carries it on, so `field` must read the same (two blanks are the same). Flags this
// year's first episode; `excused(now, then)` names pairs the DfE allows in some year.
inline void flag_first_episode_unlike_open_last(const ReturnTables& r, std::string_view field, Findings& found,
                                                bool (*excused)(std::string_view, std::string_view) = nullptr) {
  const Table& eps = r.table("Episodes");
  const Table& last = r.table("Episodes_last");
  const int now = eps.column(field), then = last.column(field), dec_last = last.column("DEC");
  visit_first_and_last_years_last(r, [&](std::size_t first, std::size_t l) {
    std::string_view a = eps.text(first, now), b = last.text(l, then);
    if (!last.date(l, dec_last) && a != b && !(excused && excused(a, b))) found.flag(eps, first);
  });
}

// Whether two episodes have the same placement: PLACE, PL_POST, URN and PLACE_PROVIDER all equal.
// `blanks_match` says whether two blank cells count as equal (the DfE validator differs by rule).
inline bool same_placement(const Table& eps, std::size_t a, std::size_t b, bool blanks_match) {
  for (std::string_view name : {"PLACE", "PL_POST", "URN", "PLACE_PROVIDER"}) {
    const int c = eps.column(name);
    std::string_view x = eps.text(a, c), y = eps.text(b, c);
    if (x != y || (x.empty() && !blanks_match)) return false;
  }
  return true;
}

// Whether `code` is one of `codes`.
inline bool one_of(std::string_view code, std::initializer_list<std::string_view> codes) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// The placement provider rules (527..531, 550): episodes with this PLACE_PROVIDER and a PLACE
// it cannot provide. `places` lists the placements it cannot provide (or, if `only`, the only ones it can).
inline void flag_provider_placements(const ReturnTables& r, std::string_view provider,
                                     std::initializer_list<std::string_view> places, bool only, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), by = eps.column("PLACE_PROVIDER");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (eps.text(row, by) == provider && one_of(eps.text(row, place), places) != only) found.flag(eps, row);
}

// The adopters rules (514, 517..520, 524): AD1 rows with this legal status of adopters whose sex
// of adopters is not one of `sexes` (blank included).
inline void flag_adopters_unless(const ReturnTables& r, std::string_view legal_status,
                                 std::initializer_list<std::string_view> sexes, Findings& found) {
  const Table& ad1 = r.table("AD1");
  const int ls = ad1.column("LS_ADOPTR"), sex = ad1.column("SEX_ADOPTR");
  for (std::size_t row = 0; row < ad1.rows(); ++row)
    if (ad1.text(row, ls) == legal_status && !one_of(ad1.text(row, sex), sexes)) found.flag(ad1, row);
}

// Rules 544 and 547: OC2 rows with `flag` "1" whose immunisation, teeth check, health assessment
// or substance misuse field is blank.
inline void flag_oc2_health_incomplete(const ReturnTables& r, std::string_view flag, Findings& found) {
  const Table& oc2 = r.table("OC2");
  const int given = oc2.column(flag);
  std::vector<int> needed;
  for (std::string_view name : {"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"})
    needed.push_back(oc2.column(name));
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    if (oc2.text(row, given) != "1") continue;
    bool missing = false;
    for (int c : needed) missing = missing || oc2.blank(row, c);
    if (missing) found.flag(oc2, row);
  }
}

// Children looked after continuously through the collection year, as the DfE's guidance defines
// it for the OC2 rules: looked after at some time in the year, and with no episode that starts a
// period of care after 1 April (RNE "S"), ends one before 31 March (REC other than X1), or is a
// short break (V3, V4) in the year. Empty when the collection year is unknown.
inline std::unordered_set<std::string_view> continuously_looked_after(const ReturnTables& r) {
  std::unordered_set<std::string_view> out;
  const OptDate start = collection_start(r), end = collection_end(r);
  if (!start || !end) return out;
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC"), rne = eps.column("RNE"), rec = eps.column("REC"),
            ls = eps.column("LS");
  std::unordered_map<std::string_view, bool> continuous;  // child -> no break seen yet
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    OptDate from = eps.date(row, decom), to = eps.date(row, dec);
    bool in_year = from && *from <= *end && (!to || *to >= *start);
    bool enters = eps.text(row, rne) == "S" && from && *from > *start && *from <= *end;
    bool leaves = eps.text(row, rec) != "X1" && to && *to >= *start && *to < *end;
    bool short_break = in_year && one_of(eps.text(row, ls), {"V3", "V4"});
    auto [it, added] = continuous.try_emplace(eps.child(row), true);
    if (enters || leaves || short_break) it->second = false;
    if (in_year) out.insert(eps.child(row));
  }
  for (const auto& [child, unbroken] : continuous)
    if (!unbroken) out.erase(child);
  return out;
}

// A period of care: consecutive episodes of a child, each starting on or before the day the one
// before it ended (or after an open one). `end` is the DEC of its last episode (nullopt: open).
struct PeriodOfCare {
  Date start;
  OptDate end;
};
// Each child's periods of care, from the episodes that have a start date, in date order.
inline std::unordered_map<std::string_view, std::vector<PeriodOfCare>> periods_of_care(const ReturnTables& r) {
  const Table& eps = r.table("Episodes");
  const int dec = eps.column("DEC");
  std::unordered_map<std::string_view, std::vector<PeriodOfCare>> out;
  ChildSequences seq(eps, "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    std::vector<PeriodOfCare>& periods = out[seq.child(i)];
    for (std::size_t row : seq.rows(i)) {
      OptDate start = seq.date(row);
      if (!start) break;  // undated episodes sort last and belong to no period
      if (periods.empty() || (periods.back().end && *start > *periods.back().end)) periods.push_back({*start, {}});
      periods.back().end = eps.date(row, dec);
    }
  }
  return out;
}

// The children a table has rows for.
inline std::unordered_set<std::string_view> children_in(const Table& t) {
  std::unordered_set<std::string_view> out;
  out.reserve(t.rows());
  for (std::size_t row = 0; row < t.rows(); ++row) out.insert(t.child(row));
  return out;
}

// The INT01..INT09 checks: rows of `table` whose child has no Header row (when the return has a
// Header at all).
inline void flag_children_not_in_header(const ReturnTables& r, std::string_view table, Findings& found) {
  if (!r.has("Header")) return;
  const auto in_header = children_in(r.table("Header"));
  const Table& t = r.table(table);
  for (std::size_t row = 0; row < t.rows(); ++row)
    if (!in_header.contains(t.child(row))) found.flag(t, row);
}

// The INT31..INT36 checks: every row of a child who has more than one row in `table`.
inline void flag_repeated_children(const ReturnTables& r, std::string_view table, Findings& found) {
  const Table& t = r.table(table);
  std::unordered_map<std::string_view, int> count;
  for (std::size_t row = 0; row < t.rows(); ++row) ++count[t.child(row)];
  for (std::size_t row = 0; row < t.rows(); ++row)
    if (count[t.child(row)] > 1) found.flag(t, row);
}

// The first row of each child in a table (the row a one-row-a-child table like Header holds).
inline std::unordered_map<std::string_view, std::size_t> first_row_by_child(const Table& t) {
  std::unordered_map<std::string_view, std::size_t> out;
  out.reserve(t.rows());
  for (std::size_t row = 0; row < t.rows(); ++row) out.emplace(t.child(row), row);
  return out;
}

// Children who are UASC this year or were last year: UASC "1" in Header or Header_last, or a row
// with something besides CHILD in the UASC or UASC_last table (the CSV return carries UASC status
// as a UASC table rather than a Header column).
inline std::unordered_set<std::string_view> uasc_this_or_last_year(const ReturnTables& r) {
  std::unordered_set<std::string_view> out;
  for (std::string_view name : {"Header", "Header_last"}) {
    const Table& h = r.table(name);
    const int uasc = h.column("UASC");
    for (std::size_t row = 0; row < h.rows(); ++row)
      if (h.text(row, uasc) == "1") out.insert(h.child(row));
  }
  for (std::string_view name : {"UASC", "UASC_last"}) {
    const Table& u = r.table(name);
    const int child = u.column("CHILD");
    for (std::size_t row = 0; row < u.rows(); ++row)
      for (int c = 0; c < static_cast<int>(u.columns().size()); ++c)
        if (c != child && !u.blank(row, c)) {
          out.insert(u.child(row));
          break;
        }
  }
  return out;
}

// A cell as a number ("12.5", "-3"); nullopt when blank or not a number.
inline std::optional<double> number(const Table& t, std::size_t row, int column) {
  std::string_view s = t.text(row, column);
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace lens::validation::ssda903_rules
