#include "server/format.hpp"

#include <gtest/gtest.h>

namespace lens::server {
namespace {

TEST(Format, DatesReadTheGovukWay) {
  EXPECT_EQ(people_date(Date::parse("2017-03-05")), "5 March 2017");
  EXPECT_EQ(people_date(Date::parse("2016-12-31")), "31 December 2016");
  EXPECT_EQ(people_date(std::nullopt), "");
}

TEST(Format, UrlEncodingKeepsOnlyUnreservedCharacters) {
  EXPECT_EQ(url_encode("/children?q=a b&c"), "%2Fchildren%3Fq%3Da%20b%26c");
  EXPECT_EQ(url_encode("AZaz09-_.~"), "AZaz09-_.~");
}

TEST(Format, CsvFieldsAreQuotedAndDefusedForSpreadsheets) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("=SUM(A1)"), "'=SUM(A1)");
  EXPECT_EQ(csv_field("-5"), "'-5");
}

}  // namespace
}  // namespace lens::server
