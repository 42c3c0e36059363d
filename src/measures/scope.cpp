#include "measures/scope.hpp"

#include <algorithm>
#include <limits>

namespace lens::measures {

std::size_t RowSet::size() const {
  std::size_t n = 0;
  for (const auto& s : segments_) n += s.end - s.begin;
  return n;
}

Scope::Scope(const Snapshot& snapshot, const Period& period, std::vector<std::uint16_t> authorities)
    : s_(snapshot),
      period_(period),
      start_(period.start.days()),
      end_(period.end.days()),
      authorities_(std::move(authorities)) {}

RowSet Scope::sorted(RowRange Authority::*table, const std::vector<std::int32_t>& date, std::int32_t from,
                     std::int32_t to) const {
  RowSet rows;
  for (auto a : authorities_) {
    RowRange r = s_.authorities()[a].*table;
    auto first = date.begin() + r.begin, last = date.begin() + r.end;
    auto lo = std::lower_bound(first, last, from);
    auto hi = std::upper_bound(lo, last, to);
    rows.add({nullptr, static_cast<std::uint32_t>(lo - date.begin()), static_cast<std::uint32_t>(hi - date.begin())});
  }
  return rows;
}

RowSet Scope::indexed(RowRange Authority::*table, const std::vector<std::uint32_t>& index,
                      const std::vector<std::int32_t>& date, std::int32_t from, std::int32_t to) const {
  RowSet rows;
  for (auto a : authorities_) {
    RowRange r = s_.authorities()[a].*table;
    auto first = index.begin() + r.begin, last = index.begin() + r.end;
    auto lo = std::lower_bound(first, last, from, [&](std::uint32_t row, std::int32_t d) { return date[row] < d; });
    auto hi = std::upper_bound(lo, last, to, [&](std::int32_t d, std::uint32_t row) { return d < date[row]; });
    rows.add({index.data(), static_cast<std::uint32_t>(lo - index.begin()), static_cast<std::uint32_t>(hi - index.begin())});
  }
  return rows;
}

constexpr std::int32_t kEver = std::numeric_limits<std::int32_t>::min();

RowSet Scope::referrals_in_period() const {
  return sorted(&Authority::episodes, s_.episodes().referral, start_, end_);
}
RowSet Scope::episodes_referred_by_end() const {
  return sorted(&Authority::episodes, s_.episodes().referral, kEver, end_);
}
RowSet Scope::episodes_closed_in_period() const {
  return indexed(&Authority::episodes, s_.episodes_by_closure(), s_.episodes().closure, start_, end_);
}
RowSet Scope::episodes_not_closed_by_end() const {
  return indexed(&Authority::episodes, s_.episodes_by_closure(), s_.episodes().closure, end_ + 1, kNever);
}
RowSet Scope::plans_not_ended_by_end() const {
  return indexed(&Authority::plans, s_.plans_by_end(), s_.plans().end, end_ + 1, kNever);
}
RowSet Scope::assessments_authorised_in_period() const {
  return sorted(&Authority::assessments, s_.assessments().authorised, start_, end_);
}
RowSet Scope::section47s_started_in_period() const {
  return sorted(&Authority::section47s, s_.section47s().start, start_, end_);
}
RowSet Scope::conferences_in_period() const {
  return sorted(&Authority::conferences, s_.conferences().date, start_, end_);
}
RowSet Scope::plans_started_in_period() const {
  return sorted(&Authority::plans, s_.plans().start, start_, end_);
}
RowSet Scope::plans_started_by_end() const {
  return sorted(&Authority::plans, s_.plans().start, kEver, end_);
}
RowSet Scope::plans_ended_in_period() const {
  return indexed(&Authority::plans, s_.plans_by_end(), s_.plans().end, start_, end_);
}

RowSet Scope::lac_episodes_started_in_period() const {
  return indexed(&Authority::lac_episodes, s_.lac_episodes_by_start(), s_.lac_episodes().start, start_, end_);
}
RowSet Scope::lac_episodes_ended_in_period() const {
  return indexed(&Authority::lac_episodes, s_.lac_episodes_by_end(), s_.lac_episodes().end, start_, end_);
}
RowSet Scope::lac_episodes_not_ended_by_end() const {
  return indexed(&Authority::lac_episodes, s_.lac_episodes_by_end(), s_.lac_episodes().end, end_ + 1, kNever);
}
RowSet Scope::lac_missing_started_in_period() const {
  return sorted(&Authority::lac_missing, s_.lac_missing().start, start_, end_);
}
RowSet Scope::lac_health_of_year(int year) const {
  return sorted(&Authority::lac_health, s_.lac_health().year, year, year);
}
RowSet Scope::lac_leavers_of_year(int year) const {
  return sorted(&Authority::lac_leavers, s_.lac_leavers().year, year, year);
}

}  // namespace lens::measures
