// cp_reviews.cpp — child protection plans reviewed on time.
// Spec: spec/indicators.md, "From the CIN census", row `cpp_reviews_on_time_pct`; timescale
// from spec/timescales.md ("CP review": 3 months from the plan start, then every 6 months).
//
// The cohort is the children with a CP plan open at the end that had lasted at least 3 months
// (start + 3 months <= end). A child's current plan (the latest open one) is on time when every
// review fell due on time and none is overdue at the end:
//   due = start + 3 months; for each review r in date order (those from the plan start to the
//   period end): late if r > due, else due = r + 6 months; overdue if end > due.
// "Within 3 months of A" means on or before A + 3 calendar months (clamped to month end).
#include "measures/indicator.hpp"
#include "measures/indicators/open_plans.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

int32_t plus_months(std::int32_t day, int months) { return add_months(Date::from_days(day), months).days(); }

bool reviews_on_time(const CpPlanColumns& p, std::uint32_t plan, std::int32_t end) {
  std::int32_t due = plus_months(p.start[plan], 3);
  for (std::uint32_t k = p.review_offset[plan]; k < p.review_offset[plan + 1]; ++k) {
    const std::int32_t review = p.reviews[k];
    if (review < p.start[plan] || review > end) continue;
    if (review > due) return false;
    due = plus_months(review, 6);
  }
  return end <= due;
}

const IndicatorRegistration reviews({
    .order = 127,
    .id = "cpp_reviews_on_time_pct",
    .title = "Child protection plans reviewed on time",
    .definition = "Of children with a CP plan open at the end that had lasted at least 3 months, those whose "
                  "every review fell due on time: first within 3 months of the plan start, each next within 6 "
                  "months of the one before, and none overdue at the end.",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = child_dims_and({Dim::Category}),
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `RevCP` (DfE: children on a plan at 31 March for at least 3 months whose reviews were "
                 "all on time; `CPP_Reviewed_InReqTimeScl` / `CPP_31March_3MnthorMore`). Same definition.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& p = s.snapshot().plans();
      for (const auto& c : children_on_plan_at_end(s)) {
        const std::uint32_t plan = c.latest;
        if (plus_months(p.start[plan], 3) > s.end()) continue;  // not yet 3 months old
        t.add({c.child, s.end(), p.latest_category[plan]}, reviews_on_time(p, plan, s.end()));
      }
    },
});

}  // namespace
}  // namespace lens::measures
