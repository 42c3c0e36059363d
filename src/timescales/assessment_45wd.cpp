// Assessment: authorised within 45 working days of its start (Working Together 2018).
#include "core/working_day_calendar.hpp"
#include "timescales/timescale_rule.hpp"

namespace lens::timescales {
namespace {

std::vector<Deadline> deadlines(const ChildRecords& records, Date as_at) {
  const Child& child = records.cin;
  std::vector<Deadline> out;
  for (std::size_t e = 0; e < child.episodes.size(); ++e) {
    const CinEpisode& ep = child.episodes[e];
    // An episode closed without the assessment authorised no longer waits for it.
    bool closed = ep.closure && *ep.closure <= as_at;
    for (const auto& a : ep.assessments) {
      if (a.start > as_at) continue;
      OptDate answered = a.authorised && *a.authorised <= as_at ? a.authorised : std::nullopt;
      if (!answered && closed) continue;
      out.push_back({"assessment_45wd", "Assessment started", a.start,
                     add_working_days(a.start, 45), answered, static_cast<int>(e) + 1});
    }
  }
  return out;
}

}  // namespace

const TimescaleRule& assessment_45wd_rule() {
  static const TimescaleRule rule{"assessment_45wd", "Assessment within 45 working days",
                                  "assessment authorised", "Working Together 2018", deadlines};
  return rule;
}

}  // namespace lens::timescales
