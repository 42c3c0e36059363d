#include "timescales/timescale_rule.hpp"

namespace lens::timescales {

const std::vector<const TimescaleRule*>& timescale_rules() {
  static const std::vector<const TimescaleRule*> all = {&assessment_45wd_rule(), &icpc_15wd_rule(),
                                                        &cp_review_rule()};
  return all;
}

const TimescaleRule* find_rule(const std::string& id) {
  for (const auto* r : timescale_rules())
    if (r->id == id) return r;
  return nullptr;
}

}  // namespace lens::timescales
