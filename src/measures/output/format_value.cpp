#include "core/number_format.hpp"
#include "measures/output.hpp"

namespace lens::measures {

std::string format_value(Unit unit, const std::optional<double>& v) {
  if (!v) return "—";
  switch (unit) {
    case Unit::Count: return with_thousands(static_cast<std::int64_t>(*v));
    case Unit::Percent: return one_decimal(*v) + "%";
    case Unit::Per10k: return one_decimal(*v);
    case Unit::Days: return one_decimal(*v) + " days";
    case Unit::WorkingDays: return one_decimal(*v) + " wd";
  }
  return one_decimal(*v);
}

}  // namespace lens::measures
