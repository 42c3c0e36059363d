// number_format.hpp — numbers as people read them in reports: 12,345 and 6.5.
#pragma once

#include <cstdint>
#include <string>

namespace lens {

// 1234567 -> "1,234,567"; -1234 -> "-1,234".
std::string with_thousands(std::int64_t n);
// 6.54 -> "6.5", 1234.56 -> "1,234.6" (one decimal place, thousands separated, half away
// from zero).
std::string one_decimal(double x);

}  // namespace lens
