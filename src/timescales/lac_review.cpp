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
// reviews. Reviews before the earliest 903 year Lens holds are not known, so for a child who
// entered care before then the first review held in those years answers the first deadline.
#include "core/working_day_calendar.hpp"
#include "timescales/timescale_rule.hpp"

namespace lens::timescales {
namespace {

bool short_break(const LacEpisode& e) { return e.legal_status == "V3" || e.legal_status == "V4"; }

// Whether `next` continues the care of `prev` (the same day, or an overlap the 903 should not
// have).
bool joined(const LacEpisode& prev, const LacEpisode& next) {
  return !prev.end || *prev.end >= next.start;
}

std::vector<Deadline> deadlines(const ChildRecords& records, Date as_at) {
  std::vector<Deadline> out;
  if (!records.looked_after) return out;
  const auto& episodes = records.looked_after->episodes;
  const auto& reviews = records.looked_after->reviews;
  int period = 0;  // every period of the 903 counted, short breaks too, as the chronology does
  for (std::size_t i = 0, next = 0; i < episodes.size(); i = next) {
    if (i == 0 || !joined(episodes[i - 1], episodes[i])) ++period;
    // The stretch of care this rule reviews: episodes[i, next), none a short break.
    next = i + 1;
    if (short_break(episodes[i])) continue;
    while (next < episodes.size() && !short_break(episodes[next]) &&
           joined(episodes[next - 1], episodes[next]))
      ++next;
    Date start = episodes[i].start;
    OptDate end = episodes[next - 1].end;
    if (start > as_at) continue;
    bool ended = end && *end <= as_at;
    Date last_known = ended ? *end : as_at;
    std::vector<Date> held;
    for (const auto& r : reviews)
      if (r.date >= start && r.date <= last_known) held.push_back(r.date);

    Date from = start;
    Date due = add_working_days(start, 20);
    std::string start_event = "Started to be looked after";
    for (std::size_t k = 0;; ++k) {
      OptDate review = k < held.size() ? OptDate(held[k]) : std::nullopt;
      // A period of care that has ended owes no more reviews.
      if (!review && ended) break;
      out.push_back({"lac_review", start_event, from, due, review, period});
      if (!review) break;
      from = *review;
      due = add_months(*review, k == 0 ? 3 : 6);
      start_event = k == 0 ? "First review" : "Previous review";
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
