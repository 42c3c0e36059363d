#include "core/number_format.hpp"

#include <cmath>
#include <cstdio>

namespace lens {

std::string with_thousands(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -(n + 1) + 1ULL : static_cast<unsigned long long>(n));
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) out.insert(out.begin(), ',');
    out.insert(out.begin(), *it);
    ++count;
  }
  return n < 0 ? "-" + out : out;
}

std::string one_decimal(double x) {
  double tenths = std::round(std::fabs(x) * 10.0);
  auto whole = static_cast<std::int64_t>(tenths / 10.0);
  int decimal = static_cast<int>(tenths - static_cast<double>(whole) * 10.0);
  std::string out = with_thousands(whole) + "." + std::to_string(decimal);
  return x < 0 && tenths > 0 ? "-" + out : out;
}

}  // namespace lens
