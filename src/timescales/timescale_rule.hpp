// timescale_rule.hpp — a timescale (spec/timescales.md): a deadline made from an event, answered
// by a later event. Each rule is one small file (assessment_45wd.cpp, icpc_15wd.cpp,
// cp_review.cpp) that lists a child's deadlines; due_list.hpp turns them into what is due and
// overdue on a date.
//
// A rule lists every deadline that was answered, and the unanswered ones only while their record
// is live (an assessment in an open episode, a Section 47 whose conference is still expected, a
// CP plan not yet ended): a closed case owes nothing more. Working-day rules use the
// England and Wales calendar (deadline = start + N working days, so always a working day);
// month rules use add_months (deadline may fall on a weekend and stays there).
#pragma once

#include <string>
#include <vector>

#include "model/child_journey.hpp"

namespace lens::timescales {

struct Deadline {
  std::string rule;         // TimescaleRule::id
  std::string start_event;  // for people: "Assessment started", "Plan started", ...
  Date start;
  Date due;
  OptDate answered;  // when the answering event happened, if it has
  int episode = 0;   // 1-based CIN episode
};

struct TimescaleRule {
  std::string id;      // "assessment_45wd", ...
  std::string title;   // "Assessment within 45 working days"
  std::string answer;  // what answers it: "assessment authorised"
  std::string source;  // where the rule comes from
  // Every deadline of this rule in a child's records known on `as_at` (events after `as_at`
  // are not known yet).
  std::vector<Deadline> (*deadlines)(const Child& child, Date as_at);
};

// One function per rule file.
const TimescaleRule& assessment_45wd_rule();
const TimescaleRule& icpc_15wd_rule();
const TimescaleRule& cp_review_rule();

// Every rule, in the order pages list them.
const std::vector<const TimescaleRule*>& timescale_rules();
const TimescaleRule* find_rule(const std::string& id);

}  // namespace lens::timescales
