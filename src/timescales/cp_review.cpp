// Child protection reviews: the first review conference within 3 months of the plan's start,
// then every 6 months after the previous review, for as long as the plan lasts (Working
// Together 2018). Each review answers the deadline before it, even when late, and the next
// deadline runs from the review actually held.
#include "timescales/timescale_rule.hpp"

namespace lens::timescales {
namespace {

std::vector<Deadline> deadlines(const ChildRecords& records, Date as_at) {
  const Child& child = records.cin;
  std::vector<Deadline> out;
  for (std::size_t e = 0; e < child.episodes.size(); ++e) {
    for (const auto& plan : child.episodes[e].cp_plans) {
      if (plan.start > as_at) continue;
      OptDate ended = plan.end && *plan.end <= as_at ? plan.end : std::nullopt;
      Date from = plan.start;
      Date due = add_months(plan.start, 3);
      std::string start_event = "Plan started";
      for (std::size_t i = 0;; ++i) {
        OptDate review;
        if (i < plan.reviews.size() && plan.reviews[i] <= as_at) review = plan.reviews[i];
        // A plan that has ended owes no more reviews.
        if (!review && ended) break;
        out.push_back({"cp_review", start_event, from, due, review, static_cast<int>(e) + 1});
        if (!review) break;
        from = *review;
        due = add_months(*review, 6);
        start_event = "Previous review";
      }
    }
  }
  return out;
}

}  // namespace

const TimescaleRule& cp_review_rule() {
  static const TimescaleRule rule{"cp_review", "Child protection review (3 months, then 6)",
                                  "review conference held", "Working Together 2018", deadlines};
  return rule;
}

}  // namespace lens::timescales
