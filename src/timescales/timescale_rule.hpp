// timescale_rule.hpp — a timescale (spec/timescales.md): a deadline made from an event, answered
// by a later event. Each rule is one small file (assessment_45wd.cpp, icpc_15wd.cpp,
// cp_review.cpp, lac_review.cpp) that lists a child's deadlines; due_list.hpp turns them into
// what is due and overdue on a date.
//
// A rule lists every deadline that was answered, and the unanswered ones only while their record
// is live (an assessment in an open episode, a Section 47 whose conference is still expected, a
// CP plan not yet ended, a period of care not yet ended): a closed case owes nothing more.
// Working-day rules use the England and Wales calendar (deadline = start + N working days, so
// always a working day); month rules use add_months (deadline may fall on a weekend and stays
// there).
#pragma once

#include <string>
#include <vector>

#include "model/child_journey.hpp"
#include "model/looked_after.hpp"

namespace lens::timescales {

// The records Lens holds for one child, joined on LA and LA child id: the CIN census journey
// and, when the child has been looked after, the SSDA903 records. `cin` always names the child
// (la, la_child_id); a child known only from the 903 has a `cin` with no episodes. It refers to
// the records, which must outlive it; a Child converts to it, for callers with CIN records only.
struct ChildRecords {
  ChildRecords(const Child& cin_records, const LookedAfterChild* looked_after_records = nullptr)
      : cin(cin_records), looked_after(looked_after_records) {}
  const Child& cin;
  const LookedAfterChild* looked_after;  // nullptr when the child has no 903 records
};

struct Deadline {
  std::string rule;         // TimescaleRule::id
  std::string start_event;  // for people: "Assessment started", "Plan started", ...
  Date start;
  Date due;
  OptDate answered;  // when the answering event happened, if it has
  // 1-based CIN episode; for looked-after rules, the 1-based period of care (every period of
  // the child's 903 episodes counted, as the chronology numbers them).
  int episode = 0;
};

struct TimescaleRule {
  std::string id;      // "assessment_45wd", ...
  std::string title;   // "Assessment within 45 working days"
  std::string answer;  // what answers it: "assessment authorised"
  std::string source;  // where the rule comes from
  // Every deadline of this rule in a child's records known on `as_at` (events after `as_at`
  // are not known yet).
  std::vector<Deadline> (*deadlines)(const ChildRecords& child, Date as_at);
};

// One function per rule file.
const TimescaleRule& assessment_45wd_rule();
const TimescaleRule& icpc_15wd_rule();
const TimescaleRule& cp_review_rule();
const TimescaleRule& lac_review_rule();

// Every rule, in the order pages list them.
const std::vector<const TimescaleRule*>& timescale_rules();
const TimescaleRule* find_rule(const std::string& id);

// Timescales of spec/timescales.md that the records Lens holds cannot answer, so that pages
// can say so rather than list nothing: what the timescale is, where it comes from, and what
// the data lacks.
struct UnrecordedTimescale {
  std::string title;
  std::string source;
  std::string why;
};
const std::vector<UnrecordedTimescale>& unrecorded_timescales();

}  // namespace lens::timescales
