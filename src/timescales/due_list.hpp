// due_list.hpp — what is due and overdue on a date: every deadline not yet answered on `as_at`,
// with the child, the rule and how late it is. Overdue means the deadline is before `as_at`
// (a deadline of today is due, not overdue); days overdue are calendar days.
#pragma once

#include <string>
#include <vector>

#include "timescales/timescale_rule.hpp"

namespace lens::timescales {

struct DueItem {
  std::string la;
  std::string child_id;
  Deadline deadline;
  bool overdue = false;
  int days_overdue = 0;  // 0 unless overdue
};

// Adds the child's unanswered deadlines on `as_at` for the given rules (all when empty), from
// their CIN and looked-after records alike.
void add_due_items(const ChildRecords& child, Date as_at, const std::vector<std::string>& rule_ids,
                   std::vector<DueItem>& out);
// Most overdue first, then by due date, LA and child.
void sort_due_items(std::vector<DueItem>& items);

}  // namespace lens::timescales
