#include "core/number_format.hpp"

#include <gtest/gtest.h>

namespace lens {
namespace {

TEST(NumberFormat, ThousandsSeparators) {
  EXPECT_EQ(with_thousands(0), "0");
  EXPECT_EQ(with_thousands(999), "999");
  EXPECT_EQ(with_thousands(1000), "1,000");
  EXPECT_EQ(with_thousands(632830), "632,830");
  EXPECT_EQ(with_thousands(12183016), "12,183,016");
  EXPECT_EQ(with_thousands(-1234), "-1,234");
  EXPECT_EQ(with_thousands(INT64_MIN), "-9,223,372,036,854,775,808");
}

TEST(NumberFormat, OneDecimalPlace) {
  EXPECT_EQ(one_decimal(6.4625), "6.5");  // 19 of 294, the seeds' 6.5%
  EXPECT_EQ(one_decimal(22.6), "22.6");
  EXPECT_EQ(one_decimal(532.0), "532.0");
  EXPECT_EQ(one_decimal(1234.56), "1,234.6");
  EXPECT_EQ(one_decimal(0.05), "0.1");  // half away from zero
  EXPECT_EQ(one_decimal(-2.25), "-2.3");
  EXPECT_EQ(one_decimal(-0.01), "0.0");
}

}  // namespace
}  // namespace lens
