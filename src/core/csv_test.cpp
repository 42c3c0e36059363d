#include "core/csv.hpp"

#include <gtest/gtest.h>

namespace lens {
namespace {

using Fields = std::vector<std::string>;

TEST(Csv, ReadsRecordsWithTheLineEachStartsOn) {
  // Line 1 header, line 2 blank (skipped), line 3 a record with an empty last field,
  // line 4 a record whose quoted field runs onto line 5, line 6 the last record without a
  // final line end.
  auto csv = parse_csv("\xEF\xBB\xBF" "CHILD,DOB\r\n\r\n1,\r\n\"2\",\"a \"\"b\"\",\nc\"\n3,x");
  ASSERT_FALSE(csv.error);
  ASSERT_EQ(csv.records.size(), 4u);
  EXPECT_EQ(csv.records[0].line, 1);
  EXPECT_EQ(csv.records[0].fields, (Fields{"CHILD", "DOB"}));
  EXPECT_EQ(csv.records[1].line, 3);
  EXPECT_EQ(csv.records[1].fields, (Fields{"1", ""}));
  EXPECT_EQ(csv.records[2].line, 4);
  EXPECT_EQ(csv.records[2].fields, (Fields{"2", "a \"b\",\nc"}));
  EXPECT_EQ(csv.records[3].line, 6);
  EXPECT_EQ(csv.records[3].fields, (Fields{"3", "x"}));
}

TEST(Csv, ARecordOfOnlyCommasIsARecordOfEmptyFields) {
  auto csv = parse_csv(",,\n");
  ASSERT_EQ(csv.records.size(), 1u);
  EXPECT_EQ(csv.records[0].fields, (Fields{"", "", ""}));
}

TEST(Csv, AnUnclosedQuoteIsAnErrorOnTheLineItOpens) {
  auto csv = parse_csv("A,B\n1,2\n3,\"oops\n4,5\n");
  ASSERT_TRUE(csv.error);
  EXPECT_EQ(csv.error->first, 3);
  EXPECT_EQ(csv.records.size(), 2u);  // the records before it
}

TEST(Csv, QuotesFieldsOnlyWhenTheyNeedIt) {
  EXPECT_EQ(csv_field("E4A"), "E4A");
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field(" lead"), "\" lead\"");
  // What is written reads back the same.
  std::string line = csv_field("x,\"y\"\nz") + "," + csv_field(" w ") + "\n";
  auto csv = parse_csv(line);
  ASSERT_EQ(csv.records.size(), 1u);
  EXPECT_EQ(csv.records[0].fields, (Fields{"x,\"y\"\nz", " w "}));
}

}  // namespace
}  // namespace lens
