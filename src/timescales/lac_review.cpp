// Looked-after reviews: the first review within 20 working days of the day the child started to
// be looked after, the second within 3 months of the first, then every 6 months after the one
// before, for as long as the period of care lasts (Care Planning, Placement and Case Review
// (England) Regulations 2010, regulation 33). Each review answers the deadline before it, even
// when late, and the next deadline runs from the review actually held.
//
// A period of care is the child's 903 episodes joined end to start on the same day: a change of
// placement or legal status does not restart the clock, a day out of care does. Short breaks
// (legal status V3, V4) are left out, as the regulations review them differently (regulation
// 48): a short-break episode neither starts nor continues a period here. A review counts for the
// period it falls in, from its first day to its last. A period that has ended owes no more
// reviews. Reviews before the earliest 903 year Lens holds for the child are not known: for care
// that began before that year, the first review held is due within 6 months of the year's first
// day (1 April), the longest any review can be due, and each after it within 6 months, as the
// measures' lac_reviews_on_time_pct judges them.
#include <cstdint>
#include <limits>

#include "core/working_day_calendar.hpp"
#include "model/period_of_care.hpp"
#include "timescales/timescale_rule.hpp"

namespace lens::timescales {
namespace {

std::vector<Deadline> deadlines(const ChildRecords& records, Date as_at) {
  std::vector<Deadline> out;
  if (!records.looked_after) return out;
  const auto& episodes = records.looked_after->episodes;
  const auto& reviews = records.looked_after->reviews;
  // 1 April of the earliest collection year held for the child (none: all their history held).
  const auto& years = records.looked_after->years;
  const Date covered = years.empty() ? Date::from_days(std::numeric_limits<std::int32_t>::min())
                                     : *Date::from_ymd(years.front() - 1, 4, 1);
  int period = 0;  // every period of the 903 counted, short breaks too, as the chronology does
  for (std::size_t i = 0, next = 0; i < episodes.size(); i = next) {
    if (i == 0 || !continues_care(episodes[i - 1], episodes[i])) ++period;
    // The stretch of care this rule reviews: episodes[i, next), none a short break.
    next = i + 1;
    if (short_break(episodes[i])) continue;
    while (next < episodes.size() && !short_break(episodes[next]) &&
           continues_care(episodes[next - 1], episodes[next]))
      ++next;
    Date start = episodes[i].start;
    OptDate end = episodes[next - 1].end;
    if (start > as_at) continue;
    bool ended = end && *end <= as_at;
    Date last_known = ended ? *end : as_at;
    std::vector<Date> held;
    for (const auto& r : reviews)
      if (r.date >= start && r.date <= last_known) held.push_back(r.date);

    // Care that began before the 903 years held: its reviews until then are not known, so the
    // first known one is due within 6 months of the first day held (the longest any review can
    // be due) and is not the child's first review.
    bool before_data = start < covered;
    if (before_data && as_at < covered) continue;
    Date from = before_data ? covered : start;
    Date due = before_data ? add_months(covered, 6) : add_working_days(start, 20);
    std::string start_event =
        before_data ? "First day of the 903 years held" : "Started to be looked after";
    for (std::size_t k = 0;; ++k) {
      OptDate review = k < held.size() ? OptDate(held[k]) : std::nullopt;
      // A period of care that has ended owes no more reviews.
      if (!review && ended) break;
      out.push_back({"lac_review", start_event, from, due, review, period});
      if (!review) break;
      bool first = k == 0 && !before_data;
      from = *review;
      due = add_months(*review, first ? 3 : 6);
      start_event = first ? "First review" : "Previous review";
    }
  }
  return out;
}

}  // namespace

const TimescaleRule& lac_review_rule() {
  static const TimescaleRule rule{
      "lac_review", "Looked-after review (20 working days, 3 months, then 6)",
      "looked-after review held", "Care Planning Regulations 2010", deadlines};
  return rule;
}

}  // namespace lens::timescales
