// The 903 reader. Most cases are data: tests/cases/ssda903_intake/<case>/ holds `input/` (the
// files, as a local authority would send them), `options` (la=, year=, when the case gives
// them), `expected` (what the read should say: one `return ...` line per return read, then
// every problem, in order, file names relative to input/; `#` lines are comments) and a README
// line. The tests here cover what a text file cannot show.
#include "returns/ssda903/ssda903_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace lens::ssda903 {
namespace {

namespace fs = std::filesystem;

const fs::path kCases = fs::path(LENS_SOURCE_DIR) / "tests/cases/ssda903_intake";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// "return 301 2016-17: 2 children; Episodes 3, Reviews 1": tables with no records left out.
std::string summary(const ReturnRead& r) {
  std::size_t counts[kTableCount] = {};
  for (const auto& c : r.ret.children) {
    counts[static_cast<int>(Table::Episodes)] += c.episodes.size();
    counts[static_cast<int>(Table::Reviews)] += c.reviews.size();
    counts[static_cast<int>(Table::Missing)] += c.missing.size();
    counts[static_cast<int>(Table::Uasc)] += c.uasc.size();
    counts[static_cast<int>(Table::Oc2)] += c.health.size();
    counts[static_cast<int>(Table::Oc3)] += c.care_leaver.size();
    counts[static_cast<int>(Table::Ad1)] += c.adoptions.size();
    counts[static_cast<int>(Table::PlacedAdoption)] += c.placed_for_adoption.size();
    counts[static_cast<int>(Table::PrevPerm)] += c.previous_permanence.size();
    counts[static_cast<int>(Table::SocialWorker)] += c.social_workers.size();
  }
  std::string out = "return " + r.ret.la + " " + collection_year_label(r.ret.collection_year) + ": " +
                    std::to_string(r.ret.children.size()) + " children";
  std::string tables_part;
  for (Table t : {Table::Episodes, Table::Reviews, Table::Missing, Table::Uasc, Table::Oc2, Table::Oc3,
                  Table::Ad1, Table::PlacedAdoption, Table::PrevPerm, Table::SocialWorker}) {
    auto n = counts[static_cast<int>(t)];
    if (n) tables_part += (tables_part.empty() ? "" : ", ") + std::string(spec(t).name) + " " + std::to_string(n);
  }
  return tables_part.empty() ? out : out + "; " + tables_part;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    out.push_back(line);
  }
  return out;
}

class IntakeCase : public ::testing::TestWithParam<std::string> {};

TEST_P(IntakeCase, ReadsAsExpected) {
  fs::path dir = kCases / GetParam();
  ReadOptions options;
  for (const auto& line : lines_of(slurp(dir / "options"))) {
    if (line.starts_with("la=")) options.la = line.substr(3);
    if (line.starts_with("year=")) options.collection_year = std::stoi(line.substr(5));
  }
  std::string input = (dir / "input").string();
  Ssda903Read read = read_ssda903({input}, options);
  std::vector<std::string> actual;
  for (const auto& r : read.returns) actual.push_back(summary(r));
  if (read.unreadable) actual.push_back("unreadable");
  for (auto p : read.problems) {
    if (p.file.starts_with(input + "/")) p.file = p.file.substr(input.size() + 1);
    actual.push_back(to_string(p));
  }
  std::vector<std::string> expected = lines_of(slurp(dir / "expected"));
  EXPECT_EQ(actual, expected) << "case " << GetParam() << ": " << slurp(dir / "README");
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kCases))
    if (e.is_directory()) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, IntakeCase, ::testing::ValuesIn(case_names()),
                         [](const auto& info) { return info.param; });

TEST(Ssda903Reader, FindsTheCases) { EXPECT_GE(case_names().size(), 5u); }

TEST(Ssda903Reader, RecognisesTablesByTheirHeaderRows) {
  EXPECT_EQ(detect_table({"CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"}), Table::Header);
  // The UASC table shares three columns with the Header table; its own DUC decides.
  EXPECT_EQ(detect_table({"CHILD", "SEX", "DOB", "DUC"}), Table::Uasc);
  // Any case, spaces, any order, the LIIA columns.
  EXPECT_EQ(detect_table({" review_code", "Child ", "REVIEW", "DOB", "LA", "YEAR"}), Table::Reviews);
  // An Episodes table short of a column is still the Episodes table (the reader says what is missing).
  EXPECT_EQ(detect_table({"CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                          "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST"}),
            Table::Episodes);
  EXPECT_EQ(detect_table({"CHILD", "NAME", "ADDRESS"}), std::nullopt);
  EXPECT_EQ(detect_table({"DECOM", "RNE", "LS", "CIN", "PLACE"}), std::nullopt);  // no CHILD
}

TEST(Ssda903Reader, AUtf16FileIsUnreadableWithAHint) {
  std::string utf16("C\0H\0I\0L\0D\0", 10);
  auto read = read_ssda903_files({{"header.csv", utf16}}, {"301", 2017});
  EXPECT_TRUE(read.unreadable);
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(to_string(read.problems[0]),
            "header.csv: is not a text file (it holds NUL bytes: if it is UTF-16, save it as UTF-8 CSV)");
}

TEST(Ssda903Reader, ReadsEveryFieldOfTheXmlForm) {
  // One child as the DfE validator's XML has it: HEADER with nested reviews, missing episodes,
  // OC2, previous permanence, adoption decision, the UASC flag and date, and two EPISODEs.
  const char* xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<EXPSSDA903>
  <CHILD>
    <HEADER>
      <CHILDID>301</CHILDID><UPN>A123456789012</UPN><SEX>2</SEX><DOB>02/03/2003</DOB>
      <ETHNIC>APKN</ETHNIC><UASC>1</UASC><DUC>02/03/2017</DUC><MOTHER>0</MOTHER><MC_DOB />
      <AREVIEW><REVIEW>28/05/2016</REVIEW><REVIEW_CODE>PN3</REVIEW_CODE></AREVIEW>
      <AMISSING><MISSING>M</MISSING><MIS_START>01/07/2016</MIS_START><MIS_END /></AMISSING>
      <OC2><SDQ_SCORE>18</SDQ_SCORE><CONVICTED>0</CONVICTED><HEALTH_CHECK>1</HEALTH_CHECK>
        <IMMUNISATIONS>1</IMMUNISATIONS><TEETH_CHECK>0</TEETH_CHECK><HEALTH_ASSESSMENT>1</HEALTH_ASSESSMENT>
        <SUBSTANCE_MISUSE>0</SUBSTANCE_MISUSE><INTERVENTION_RECEIVED /><INTERVENTION_OFFERED /></OC2>
      <PERMANENCE><PREV_PERM>Z1</PREV_PERM><LA_PERM /><DATE_PERM /></PERMANENCE>
      <AD_PLACED><DATE_PLACED>01/09/2016</DATE_PLACED><DATE_PLACED_CEASED /><REASON_PLACED_CEASED /></AD_PLACED>
    </HEADER>
    <EPISODE><DECOM>01/05/2016</DECOM><RNE>S</RNE><LS>V2</LS><CIN>N8</CIN><PL>U6</PL>
      <PL_POST>N1 1AA</PL_POST><HOME_POST /><URN /><PLACE_PROVIDER>PR4</PLACE_PROVIDER>
      <DEC>01/08/2016</DEC><REC>X1</REC><REASON_PLACE_CHANGE>CHILD</REASON_PLACE_CHANGE></EPISODE>
    <EPISODE><DECOM>01/08/2016</DECOM><RNE>P</RNE><LS>V2</LS><CIN>N8</CIN><PL>H5</PL>
      <PL_POST /><HOME_POST /><URN /><PLACE_PROVIDER>PR4</PLACE_PROVIDER><DEC /><REC /><REASON_PLACE_CHANGE /></EPISODE>
  </CHILD>
</EXPSSDA903>
)";
  auto read = read_ssda903_files({{"return.xml", xml}}, {"316", 2017});
  std::string problems;
  for (const auto& p : read.problems) problems += to_string(p) + "\n";
  EXPECT_TRUE(read.problems.empty()) << problems;
  ASSERT_EQ(read.returns.size(), 1u);
  ASSERT_EQ(read.returns[0].ret.children.size(), 1u);
  const LookedAfterChild& c = read.returns[0].ret.children[0];
  EXPECT_EQ(c.la, "316");
  EXPECT_EQ(c.la_child_id, "301");
  EXPECT_EQ(c.birth, Date::parse("2003-03-02"));
  EXPECT_EQ(c.mother, "0");
  ASSERT_EQ(c.uasc.size(), 1u);
  EXPECT_EQ(c.uasc[0], (UascStatus{2017, Date::parse("2017-03-02")}));
  ASSERT_EQ(c.reviews.size(), 1u);
  EXPECT_EQ(c.reviews[0].participation, "PN3");
  ASSERT_EQ(c.missing.size(), 1u);
  EXPECT_FALSE(c.missing[0].end);
  ASSERT_EQ(c.health.size(), 1u);
  EXPECT_EQ(c.health[0].sdq_score, 18);
  EXPECT_EQ(c.health[0].teeth_check, false);
  EXPECT_EQ(c.health[0].intervention_offered, std::nullopt);
  ASSERT_EQ(c.previous_permanence.size(), 1u);
  EXPECT_EQ(c.previous_permanence[0].option, "Z1");
  ASSERT_EQ(c.placed_for_adoption.size(), 1u);
  ASSERT_EQ(c.episodes.size(), 2u);
  EXPECT_EQ(c.episodes[0].placement, "U6");  // <PL> in the XML is PLACE in the tables
  EXPECT_EQ(c.episodes[0].end, Date::parse("2016-08-01"));
  EXPECT_EQ(c.episodes[0].reason_place_change, "CHILD");
  EXPECT_EQ(c.episodes[1].placement, "H5");
  EXPECT_FALSE(c.episodes[1].end);
}

}  // namespace
}  // namespace lens::ssda903

namespace lens::ssda903 {
namespace {

TEST(Ssda903Reader, NamesCollectionYearsBothWays) {
  EXPECT_EQ(collection_year_label(2017), "2016-17");
  EXPECT_EQ(collection_year_label(2000), "1999-00");
  EXPECT_EQ(parse_collection_year("2016-17"), 2017);
  EXPECT_EQ(parse_collection_year("2017"), 2017);
  EXPECT_EQ(parse_collection_year("1999-00"), 2000);
  EXPECT_EQ(parse_collection_year("2016-18"), 0);  // not one year
  EXPECT_EQ(parse_collection_year("17"), 0);
  EXPECT_EQ(parse_collection_year(""), 0);
}

TEST(Ssda903Reader, ChecksFilesWithoutAnAuthorityWhenOneIsNotNeeded) {
  std::vector<InputFile> files = {
      {"header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n101,1,14/06/2004,WBRI,UN1,,\n"}};
  auto strict = read_ssda903_files(files, {.la = "", .collection_year = 2017});
  EXPECT_TRUE(has_errors(strict.problems));
  auto checking = read_ssda903_files(files, {.la = "", .collection_year = 2017, .need_la = false});
  EXPECT_TRUE(checking.problems.empty());
  ASSERT_EQ(checking.returns.size(), 1u);
  EXPECT_EQ(checking.returns[0].ret.la, "");
  EXPECT_EQ(checking.returns[0].ret.children.size(), 1u);
}

}  // namespace
}  // namespace lens::ssda903
