// An SSDA903 return as the DfE rules read it: this year's tables and last year's as "_last", the
// year told from the files or given, columns the 903 does not know kept for the rules that read
// them.
#include "validation/ssda903_rule_tables.hpp"

#include <gtest/gtest.h>

namespace lens::validation {
namespace {

ssda903::ReadOptions keeping(std::string la = "", int year = 0) {
  ssda903::ReadOptions o;
  o.la = std::move(la);
  o.collection_year = year;
  o.need_la = false;
  o.keep_records = true;
  return o;
}

TEST(Ssda903RuleTables, ThisYearAndLastYearSideBySide) {
  // The intake case's folder: header.csv and episodes.csv are 2016-17 (the latest date,
  // 28/02/2017, says so), header_last.csv and episodes_last.csv are 2015-16.
  const std::string folder = std::string(LENS_SOURCE_DIR) + "/tests/cases/ssda903_intake/this_and_last_year/input";
  ssda903::Ssda903Read read = ssda903::read_ssda903({folder}, keeping("301"));
  ASSERT_FALSE(read.unreadable);
  std::vector<Ssda903ForRules> returns = ssda903_for_rules(read);
  ASSERT_EQ(returns.size(), 1u);
  const Ssda903ForRules& r = returns[0];
  EXPECT_EQ(r.tables.kind, ReturnKind::Ssda903);
  EXPECT_EQ(r.tables.collection_year, 2017);
  EXPECT_EQ(r.tables.la, "301");
  EXPECT_EQ(r.children, 1u);  // this year's Header has child 101 only
  EXPECT_TRUE(r.has_last_year);
  EXPECT_EQ(r.other_years, 0u);

  const Table& episodes = r.tables.table("Episodes");
  ASSERT_EQ(episodes.rows(), 2u);
  EXPECT_EQ(episodes.file(), folder + "/episodes.csv");
  EXPECT_EQ(episodes.line(1), 3);
  EXPECT_EQ(episodes.child(1), "101");
  EXPECT_EQ(episodes.text(1, episodes.column("DECOM")), "28/02/2017");
  EXPECT_EQ(episodes.text(1, episodes.column("DEC")), "");
  EXPECT_EQ(episodes.date(0, episodes.column("DEC")), Date::parse("2017-02-28"));
  // The columns are the specification's, in its order.
  EXPECT_EQ(episodes.columns().front(), "CHILD");
  EXPECT_EQ(episodes.column("DECOM"), 1);

  EXPECT_EQ(r.tables.table("Header_last").rows(), 2u);
  EXPECT_EQ(r.tables.table("Header_last").child(1), "100");
  EXPECT_EQ(r.tables.table("Episodes_last").rows(), 2u);
  EXPECT_FALSE(r.tables.has("Reviews"));  // no such file: read as empty
  EXPECT_EQ(r.tables.table("Reviews").rows(), 0u);
}

TEST(Ssda903RuleTables, TheYearAskedForDecidesWhichRowsAreLastYears) {
  // The same files checked as 2017-18: the 2016-17 rows become last year's and the 2015-16 rows
  // are of neither year.
  const std::string folder = std::string(LENS_SOURCE_DIR) + "/tests/cases/ssda903_intake/this_and_last_year/input";
  ssda903::Ssda903Read read = ssda903::read_ssda903({folder}, keeping("301"));
  std::vector<Ssda903ForRules> returns = ssda903_for_rules(read, 2018);
  ASSERT_EQ(returns.size(), 1u);
  EXPECT_EQ(returns[0].tables.collection_year, 2018);
  EXPECT_EQ(returns[0].children, 0u);
  EXPECT_EQ(returns[0].tables.table("Episodes_last").rows(), 2u);
  EXPECT_EQ(returns[0].tables.table("Header_last").rows(), 1u);
  EXPECT_EQ(returns[0].other_years, 4u);  // 2 Header_last rows + 2 Episodes_last rows of 2015-16
}

TEST(Ssda903RuleTables, ColumnsThe903DoesNotKnowAreKept) {
  // PL_LA is derived by the DfE's tools; a return that carries it lets rules 169 and 218 use it.
  ssda903::Ssda903Read read = ssda903::read_ssda903_files(
      {{"2017/header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n7,1,01/01/2010,WBRI,UN1,,\n"},
       {"2017/episodes.csv",
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,pl_la\n"
        "7,01/05/2016,S,C2,N1,U1,PR1,,,,,,,E09000002\n"}},
      keeping());
  std::vector<Ssda903ForRules> returns = ssda903_for_rules(read);
  ASSERT_EQ(returns.size(), 1u);
  const Table& episodes = returns[0].tables.table("Episodes");
  EXPECT_EQ(episodes.columns().back(), "PL_LA");  // upper-cased, after the specification's
  EXPECT_EQ(episodes.text(0, episodes.column("PL_LA")), "E09000002");
  EXPECT_EQ(returns[0].tables.collection_year, 2017);  // from the folder's name
  EXPECT_EQ(returns[0].tables.la, "");
}

}  // namespace
}  // namespace lens::validation
