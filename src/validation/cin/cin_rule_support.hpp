// cin_rule_support.hpp — what several CIN census rules share: episodes as keys, the collection
// period test, and the child's sex code as the census of each year writes it.
//
// The census nests everything under a child's CIN episode (CINdetails); the flattened tables
// carry LAchildID and CINdetailsID on every row below it, so an episode is the pair of those two
// texts. The helpers index a table by episode once (a hash map, so rules stay linear in the size
// of the return). Views point into the tables, which must outlive the maps. Read-only; safe to
// call from parallel rules. Add a helper here only when two or more CIN rules need it.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "validation/return_tables.hpp"
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation::cin_rules {

// (LAchildID, CINdetailsID)
using EpisodeKey = std::pair<std::string_view, std::string_view>;
struct EpisodeKeyHash {
  std::size_t operator()(const EpisodeKey& k) const {
    const std::size_t a = std::hash<std::string_view>{}(k.first), b = std::hash<std::string_view>{}(k.second);
    return a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  }
};
template <class V>
using ByEpisode = std::unordered_map<EpisodeKey, V, EpisodeKeyHash>;

inline EpisodeKey episode_of(const Table& t, std::size_t row, int id_column) {
  return {t.child(row), t.text(row, id_column)};
}

// The rows of a table for each episode, in table order.
inline ByEpisode<std::vector<std::size_t>> rows_by_episode(const Table& t) {
  const int id = t.column("CINdetailsID");
  ByEpisode<std::vector<std::size_t>> out;
  out.reserve(t.rows());
  for (std::size_t row = 0; row < t.rows(); ++row) out[episode_of(t, row, id)].push_back(row);
  return out;
}

// (LAchildID, CINdetailsID, AssessmentID): an assessment, as AssessmentFactors rows name it;
// also (LAchildID, CINdetailsID, CPPID), a protection plan as Reviews rows name it.
struct AssessmentKey {
  EpisodeKey episode;
  std::string_view assessment;
  bool operator==(const AssessmentKey&) const = default;
};
struct AssessmentKeyHash {
  std::size_t operator()(const AssessmentKey& k) const {
    return EpisodeKeyHash{}(k.episode) * 31 + std::hash<std::string_view>{}(k.assessment);
  }
};
inline AssessmentKey assessment_of(const Table& t, std::size_t row, int episode_column, int assessment_column) {
  return {episode_of(t, row, episode_column), t.text(row, assessment_column)};
}
// The AssessmentFactors rows with a factor (blank ones left out) for each assessment.
inline std::unordered_map<AssessmentKey, std::vector<std::size_t>, AssessmentKeyHash> factors_by_assessment(
    const ReturnTables& r) {
  const Table& t = r.table("AssessmentFactors");
  const int id = t.column("CINdetailsID"), a = t.column("AssessmentID"), factor = t.column("AssessmentFactors");
  std::unordered_map<AssessmentKey, std::vector<std::size_t>, AssessmentKeyHash> out;
  for (std::size_t row = 0; row < t.rows(); ++row)
    if (!t.blank(row, factor)) out[assessment_of(t, row, id, a)].push_back(row);
  return out;
}

// (LAchildID, CINdetailsID, CPPID): a protection plan, as Reviews rows name it. The plan's row
// for each such key (the first, should one repeat).
inline std::unordered_map<AssessmentKey, std::size_t, AssessmentKeyHash> protection_plan_rows(const ReturnTables& r) {
  const Table& t = r.table("ChildProtectionPlans");
  const int id = t.column("CINdetailsID"), cpp = t.column("CPPID");
  std::unordered_map<AssessmentKey, std::size_t, AssessmentKeyHash> out;
  for (std::size_t row = 0; row < t.rows(); ++row) out.emplace(assessment_of(t, row, id, cpp), row);
  return out;
}

// The CINdetails row of each episode (the first, should an id repeat).
inline ByEpisode<std::size_t> episode_rows(const Table& cin_details) {
  const int id = cin_details.column("CINdetailsID");
  ByEpisode<std::size_t> out;
  out.reserve(cin_details.rows());
  for (std::size_t row = 0; row < cin_details.rows(); ++row) out.emplace(episode_of(cin_details, row, id), row);
  return out;
}

// True when the date is within 1 April to 31 March of the return's collection year, or the year
// is unknown (a rule cannot say the date is outside a period it does not know).
inline bool in_collection_year(const ReturnTables& r, Date d) {
  const OptDate start = collection_start(r), end = collection_end(r);
  return !start || (*start <= d && d <= *end);
}

// Flags each row of `table` whose date in `column` is before the referral date of its episode
// (rules 1103, 1104, 1105, 2889, 4015). Blank dates on either side pass.
inline void flag_before_referral(const ReturnTables& r, Findings& found, std::string_view table, std::string_view column) {
  const Table& episodes = r.table("CINdetails");
  const int referral = episodes.column("CINreferralDate");
  const Table& t = r.table(table);
  const int id = t.column("CINdetailsID"), date = t.column(column);
  const ByEpisode<std::size_t> episode = episode_rows(episodes);
  for (std::size_t row = 0; row < t.rows(); ++row) {
    const OptDate d = t.date(row, date);
    if (!d) continue;
    auto it = episode.find(episode_of(t, row, id));
    if (it == episode.end()) continue;
    const OptDate referred = episodes.date(it->second, referral);
    if (referred && *d < *referred) found.flag(t, row);
  }
}

// ReferralNFA and ICPCnotRequired are the schema's yesnotype: "true", "TRUE" or "1" say yes (the
// referral led to no further action), "false", "FALSE" or "0" no (CIN_schema_2017..2024.xsd).
inline bool is_true(std::string_view flag) { return flag == "true" || flag == "TRUE" || flag == "1"; }

inline bool is_false(std::string_view flag) { return flag == "false" || flag == "FALSE" || flag == "0"; }
// The children with at least one referral that went on to further action (ReferralNFA false
// or 0): rules 8540, 8770Q, 8772.
inline std::unordered_map<std::string_view, bool> children_with_further_action(const ReturnTables& r) {
  const Table& episodes = r.table("CINdetails");
  const int nfa = episodes.column("ReferralNFA");
  std::unordered_map<std::string_view, bool> out;
  for (std::size_t e = 0; e < episodes.rows(); ++e)
    if (is_false(episodes.text(e, nfa))) out[episodes.child(e)] = true;
  return out;
}

// The episodes that are referrals with no further action (ReferralNFA true or 1): rules 4000,
// 8832.
inline ByEpisode<bool> no_further_action_episodes(const ReturnTables& r) {
  const Table& episodes = r.table("CINdetails");
  const int id = episodes.column("CINdetailsID"), nfa = episodes.column("ReferralNFA");
  ByEpisode<bool> out;
  for (std::size_t e = 0; e < episodes.rows(); ++e)
    if (is_true(episodes.text(e, nfa))) out[episode_of(episodes, e, id)] = true;
  return out;
}

// Character 13 of a UPN: a digit, or (a temporary UPN) a capital letter other than I, O and S
// (rules 1550, 1560Q).
inline bool is_upn_last_character(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'S');
}
inline bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// Each child's date of death (ChildIdentifiers PersonDeathDate), for children who have one.
inline std::unordered_map<std::string_view, Date> deaths(const ReturnTables& r) {
  const Table& children = r.table("ChildIdentifiers");
  const int died = children.column("PersonDeathDate");
  std::unordered_map<std::string_view, Date> out;
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (const OptDate d = children.date(row, died)) out.emplace(children.child(row), *d);
  return out;
}

// Flags each row of `table` whose date in `column` is after the child's date of death (rules
// 4008, 4009Q, 8555Q, 8915, 8920). Blank dates pass.
inline void flag_after_death(const ReturnTables& r, Findings& found, std::string_view table, std::string_view column) {
  const auto died = deaths(r);
  if (died.empty()) return;
  const Table& t = r.table(table);
  const int c = t.column(column);
  for (std::size_t row = 0; row < t.rows(); ++row) {
    const OptDate d = t.date(row, c);
    if (!d) continue;
    auto it = died.find(t.child(row));
    if (it != died.end() && *d > it->second) found.flag(t, row);
  }
}

// Where a group of rows (a child's, an episode's) has two or more for which `open(row)` holds,
// flags each of those (4004, 8815, 8839, 8896, 8935: more than one open plan or enquiry).
template <class Groups, class Open>
void flag_when_several_open(Findings& found, const Table& t, const Groups& groups, Open open) {
  for (const auto& [group, rows] : groups) {
    std::size_t n = 0;
    for (std::size_t row : rows) n += open(row);
    if (n > 1)
      for (std::size_t row : rows)
        if (open(row)) found.flag(t, row);
  }
}

// Flags each row of a group whose non-blank code in `column` another row of the group repeats
// (8794: a child's disabilities; 8898: an assessment's factors). Groups are small.
template <class Groups>
void flag_repeated_codes(Findings& found, const Table& t, const Groups& groups, int column) {
  for (const auto& [group, rows] : groups) {
    if (rows.size() < 2) continue;
    for (std::size_t row : rows)
      for (std::size_t other : rows)
        if (other != row && !t.blank(row, column) && t.text(other, column) == t.text(row, column)) {
          found.flag(t, row);
          break;
        }
  }
}

// Flags each row of a group of rows (a child's, or an episode's) whose start date falls within
// another row's period: on or after the other's start and on or before its end, or, the other
// having no end, on or before the end of the collection year (rules 4014, 8940: overlapping
// plans; 8863Q, 8890: overlapping assessments and enquiries). Rows without a start are not
// compared; `counts(other)` says whether a row can be the other one (default: every row).
template <class Groups, class Counts>
void flag_overlapping_starts(const ReturnTables& r, Findings& found, const Table& t, const Groups& groups,
                             std::string_view start_column, std::string_view end_column, Counts counts) {
  const int start = t.column(start_column), end = t.column(end_column);
  const OptDate reference = collection_end(r);
  for (const auto& [group, rows] : groups) {
    if (rows.size() < 2) continue;
    for (std::size_t row : rows) {
      const OptDate s = t.date(row, start);
      if (!s) continue;
      for (std::size_t other : rows) {
        if (other == row || !counts(other)) continue;
        const OptDate os = t.date(other, start), oe = t.date(other, end);
        if (!os || *s < *os) continue;
        if (oe ? *s <= *oe : (!reference || *s <= *reference)) {
          found.flag(t, row);
          break;
        }
      }
    }
  }
}
inline void flag_overlapping_starts(const ReturnTables& r, Findings& found, std::string_view table,
                                    std::string_view start_column, std::string_view end_column) {
  const Table& t = r.table(table);
  flag_overlapping_starts(r, found, t, rows_by_child(t), start_column, end_column, [](std::size_t) { return true; });
}

// A plan's period (a CIN plan, a protection plan) with its row, for rules comparing a child's
// plans of one kind with the other's (4016, 4017).
struct Period {
  std::size_t row = 0;
  Date start;
  OptDate end;  // nullopt: still open
  // Whether a plan of the other kind starting on `d` starts while this one is open: on or after
  // this start and before this end (the day this ends, the other may begin), or this one being
  // open, on or before `reference` (31 March; nullopt when the year is unknown).
  bool open_on(Date d, OptDate reference) const {
    return start <= d && (end ? d < *end : (!reference || d <= *reference));
  }
};
// Each child's periods of a table, in table order; rows without a start date are left out.
inline std::unordered_map<std::string_view, std::vector<Period>> periods_by_child(const Table& t, std::string_view start_column,
                                                                                 std::string_view end_column) {
  const int start = t.column(start_column), end = t.column(end_column);
  std::unordered_map<std::string_view, std::vector<Period>> out;
  for (std::size_t row = 0; row < t.rows(); ++row)
    if (const OptDate s = t.date(row, start)) out[t.child(row)].push_back({row, *s, t.date(row, end)});
  return out;
}

// Flags each row of `table` whose date in `column` is a Saturday or Sunday (8870Q, 8875).
inline void flag_weekend(const ReturnTables& r, Findings& found, std::string_view table, std::string_view column) {
  const Table& t = r.table(table);
  const int c = t.column(column);
  for (std::size_t row = 0; row < t.rows(); ++row)
    if (const OptDate d = t.date(row, c); d && d->weekday() >= Weekday::Saturday) found.flag(t, row);
}

// Flags each row of `table` whose `column` holds exactly `code` (8945Q, 8950Q: retired codes).
inline void flag_code(const ReturnTables& r, Findings& found, std::string_view table, std::string_view column,
                      std::string_view code) {
  const Table& t = r.table(table);
  const int c = t.column(column);
  for (std::size_t row = 0; row < t.rows(); ++row)
    if (t.text(row, c) == code) found.flag(t, row);
}

// The child's sex as the census records it. Until 2023-24 the element was GenderCurrent, coded
// 1 male, 2 female, 0 not known; from 2024-25 it is Sex, coded M, F, U. The loader keeps the
// column name GenderCurrent; a "Sex" column, if a return has one, is read instead.
inline int sex_column(const Table& child_identifiers) {
  const int sex = child_identifiers.column("Sex");
  return sex >= 0 ? sex : child_identifiers.column("GenderCurrent");
}
inline bool sex_codes_are_letters(const ReturnTables& r) { return r.collection_year == 0 || r.collection_year >= 2025; }
// The code for "not known / unborn": "U" from 2024-25, "0" before.
inline std::string_view sex_not_known(const ReturnTables& r) { return sex_codes_are_letters(r) ? "U" : "0"; }
inline bool is_valid_sex(const ReturnTables& r, std::string_view code) {
  if (sex_codes_are_letters(r)) return code == "M" || code == "F" || code == "U";
  return code == "1" || code == "2" || code == "0";
}

}  // namespace lens::validation::cin_rules
