// lac_reviews.cpp — looked-after children whose reviews were on time.
// Spec: spec/indicators.md, "From the SSDA903 return", row `lac_reviews_on_time_pct`; timescale
// from spec/timescales.md ("LAC review": 20 working days from entry to care, then 3 months,
// then every 6 months; Care Planning Regulations 2010).
//
// The cohort is the children looked after at the end whose period of care had lasted 20 working
// days or more by then (working days from its start to the last day >= 20). Their reviews from
// the start of that period of care to the last day are judged in date order:
//   the first is late if more than 20 working days after entry (a count, so a review on the
//   Saturday after the 20th working day is still within it); the second is due within 3 months
//   of the first; each later one within 6 months of the one before; and the next one due must
//   not be overdue on the last day (due on the last day is not overdue).
// Reviews before the earliest 903 year held (Authority::looked_after_from) are not in the data:
// for a period of care that began before that year, the reviews held are judged from its first
// day, the first of them due within 6 months of it (the longest any review could be due).
// Dates outside the working-day calendar (1990-2060) leave the child out.
#include "core/working_day_calendar.hpp"
#include "measures/indicator.hpp"
#include "measures/indicators/looked_after_rows.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

bool in_calendar(std::int32_t day) {
  const auto& cal = WorkingDayCalendar::england_and_wales();
  return cal.first().days() <= day && day <= cal.last().days();
}

int working_days(std::int32_t from, std::int32_t to) {
  return working_days_between(Date::from_days(from), Date::from_days(to));
}

bool reviews_on_time(const LookedAfterColumns& la, std::uint32_t row, std::int32_t entry, std::int32_t covered,
                     std::int32_t end) {
  const bool before_data = covered != kCoveredAlways && entry < covered;
  const std::int32_t from = before_data ? covered : entry;
  std::int32_t due = before_data ? plus_months(covered, 6) : kNever;  // kNever: the 20 working days
  for (std::uint32_t k = la.review_offset[row]; k < la.review_offset[row + 1]; ++k) {
    const std::int32_t review = la.reviews[k];
    if (review < from || review > end) continue;
    const bool first = due == kNever;
    if (first ? working_days(entry, review) > 20 : review > due) return false;
    due = plus_months(review, first ? 3 : 6);
  }
  return due == kNever ? working_days(entry, end) <= 20 : end <= due;
}

const IndicatorRegistration reviews({
    .order = 213,
    .id = "lac_reviews_on_time_pct",
    .title = "Looked-after children whose reviews were on time",
    .definition = "Of children looked after at the end for 20 working days or more, those whose reviews were on "
                  "time: the first within 20 working days of entry to care, the second within 3 months of the "
                  "first, then each within 6 months of the one before, and none overdue at the end.",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = child_dims_and({Dim::LegalStatus, Dim::PlacementType, Dim::Uasc}),
    .always = {},
    .rate_of = {},
    .benchmark = "None: the DfE no longer publishes the share of looked-after children reviewed on time.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& snap = s.snapshot();
      const auto& e = snap.lac_episodes();
      for (const auto& c : children_looked_after_at_end(s)) {
        const std::int32_t entry = e.start[c.period];
        if (!in_calendar(entry) || !in_calendar(s.end())) continue;
        if (working_days(entry, s.end()) < 20) continue;
        const std::int32_t covered = snap.authorities()[snap.children().authority[c.child]].looked_after_from;
        t.add({.child = c.child, .at = s.end(), .lac_episode = c.episode},
              reviews_on_time(snap.looked_after(), snap.children().looked_after[c.child], entry, covered, s.end()));
      }
    },
    .source = Source::Ssda903,
});

}  // namespace
}  // namespace lens::measures
