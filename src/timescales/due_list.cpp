#include "timescales/due_list.hpp"

#include <algorithm>

namespace lens::timescales {

void add_due_items(const ChildRecords& child, Date as_at, const std::vector<std::string>& rule_ids,
                   std::vector<DueItem>& out) {
  for (const auto* rule : timescale_rules()) {
    if (!rule_ids.empty() && std::find(rule_ids.begin(), rule_ids.end(), rule->id) == rule_ids.end())
      continue;
    for (auto& d : rule->deadlines(child, as_at)) {
      if (d.answered) continue;
      bool overdue = d.due < as_at;
      out.push_back({child.cin.la, child.cin.la_child_id, std::move(d), overdue, 0});
      if (overdue) out.back().days_overdue = as_at - out.back().deadline.due;
    }
  }
}

void sort_due_items(std::vector<DueItem>& items) {
  std::sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
    if (a.days_overdue != b.days_overdue) return a.days_overdue > b.days_overdue;
    if (a.deadline.due != b.deadline.due) return a.deadline.due < b.deadline.due;
    if (a.la != b.la) return a.la < b.la;
    return a.child_id < b.child_id;
  });
}

}  // namespace lens::timescales
