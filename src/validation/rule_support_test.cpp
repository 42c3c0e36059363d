#include "validation/rule_support.hpp"

#include <gtest/gtest.h>

namespace lens::validation {
namespace {

TEST(RuleSupport, CollectionPeriodRunsAprilToMarch) {
  ReturnTables r = tables_from_text(ReturnKind::Ssda903, "year 2024\n--- Header\nCHILD\n1\n");
  EXPECT_EQ(collection_start(r)->iso(), "2023-04-01");
  EXPECT_EQ(collection_end(r)->iso(), "2024-03-31");
  r.collection_year = 0;
  EXPECT_FALSE(collection_start(r));
  EXPECT_FALSE(collection_end(r));
}

TEST(RuleSupport, RowsByChildKeepTableOrder) {
  ReturnTables r = tables_from_text(ReturnKind::Ssda903, "--- Episodes\nCHILD,DECOM\nA,01/04/2023\nB,02/04/2023\nA,03/04/2023\n");
  auto rows = rows_by_child(r.table("Episodes"));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows["A"], (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(rows["B"], (std::vector<std::size_t>{1}));
}

}  // namespace
}  // namespace lens::validation
