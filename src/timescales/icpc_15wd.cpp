// Initial child protection conference within 15 working days of the Section 47 enquiry's start
// (the strategy discussion, which the census does not carry; Working Together 2018).
#include "core/working_day_calendar.hpp"
#include "timescales/timescale_rule.hpp"

namespace lens::timescales {
namespace {

std::vector<Deadline> deadlines(const ChildRecords& records, Date as_at) {
  const Child& child = records.cin;
  std::vector<Deadline> out;
  for (std::size_t e = 0; e < child.episodes.size(); ++e) {
    const CinEpisode& ep = child.episodes[e];
    bool closed = ep.closure && *ep.closure <= as_at;
    for (const auto& s : ep.section47s) {
      if (s.start > as_at || s.icpc_not_required) continue;
      OptDate answered = s.icpc && *s.icpc <= as_at ? s.icpc : std::nullopt;
      if (!answered && closed) continue;
      out.push_back({"icpc_15wd", "Section 47 enquiry started", s.start,
                     add_working_days(s.start, 15), answered, static_cast<int>(e) + 1});
    }
  }
  return out;
}

}  // namespace

const TimescaleRule& icpc_15wd_rule() {
  static const TimescaleRule rule{"icpc_15wd", "Initial conference within 15 working days",
                                  "initial conference held", "Working Together 2018", deadlines};
  return rule;
}

}  // namespace lens::timescales
