#include "timescales/timescale_rule.hpp"

namespace lens::timescales {

const std::vector<const TimescaleRule*>& timescale_rules() {
  static const std::vector<const TimescaleRule*> all = {&assessment_45wd_rule(), &icpc_15wd_rule(),
                                                        &cp_review_rule(), &lac_review_rule()};
  return all;
}

const TimescaleRule* find_rule(const std::string& id) {
  for (const auto* r : timescale_rules())
    if (r->id == id) return r;
  return nullptr;
}

const std::vector<UnrecordedTimescale>& unrecorded_timescales() {
  static const std::vector<UnrecordedTimescale> all = {
      {"Looked-after visits (1 week after placement, then every 6 weeks in the first year, then "
       "every 3 months)",
       "Care Planning Regulations 2010",
       "The SSDA903 return does not record social workers' visits to looked-after children"},
  };
  return all;
}

}  // namespace lens::timescales
