// section47.cpp — Section 47 enquiries started in the period, and how many led to an initial
// child protection conference.
// Spec: spec/indicators.md, "From the CIN census", rows `s47`, `s47_rate`, `s47_to_icpc_pct`.
#include "measures/indicator.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

const IndicatorRegistration s47({
    .order = 112,
    .id = "s47",
    .title = "Section 47 enquiries",
    .definition = "Section 47 enquiries with S47ActualStartDate in the period.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "DfE children in need table C4 `Section47`. Same definition.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& e = s.snapshot().section47s();
      for (std::uint32_t r : s.section47s_started_in_period()) t.add({e.child[r], e.start[r]});
    },
});

const IndicatorRegistration s47_rate({
    .order = 113,
    .id = "s47_rate",
    .title = "Section 47 enquiries per 10,000 children",
    .definition = "`s47` per 10,000 children aged 0 to 17.",
    .unit = Unit::Per10k,
    .polarity = Polarity::None,
    .breakdowns = {},
    .always = {},
    .rate_of = "s47",
    .benchmark = "LAIT `Section_47`. Same definition and population series.",
    .compute = nullptr,
});

const IndicatorRegistration s47_to_icpc({
    .order = 114,
    .id = "s47_to_icpc_pct",
    .title = "Section 47 enquiries leading to an initial conference",
    .definition = "Of `s47`, those with an initial conference date recorded (ICPCnotRequired not true and "
                  "DateOfInitialCPC present).",
    .unit = Unit::Percent,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "No published counterpart; DfE C4 `ICPC` / `Section47` is close but counts conferences in "
                 "the year, not those that follow the year's enquiries.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& e = s.snapshot().section47s();
      for (std::uint32_t r : s.section47s_started_in_period()) t.add({e.child[r], e.start[r]}, e.icpc[r] != kNever);
    },
});

}  // namespace
}  // namespace lens::measures
