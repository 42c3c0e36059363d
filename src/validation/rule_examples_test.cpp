// Every DfE validation rule against its own examples: the rows marked "!" must be exactly the
// rows it flags, and its examples together must show it flagging something and passing something.
#include <gtest/gtest.h>

#include <climits>
#include <set>

#include "validation/run_rules.hpp"

namespace lens::validation {
namespace {

std::string kind_name(ReturnKind k) { return k == ReturnKind::CinCensus ? "cin" : "ssda903"; }

class RuleExamples : public testing::TestWithParam<const Rule*> {};

TEST_P(RuleExamples, FlagsExactlyTheMarkedRows) {
  const Rule& rule = *GetParam();
  ASSERT_FALSE(rule.examples.empty()) << "rule " << rule.code << " has no examples";
  bool flags_some = false, passes_some = false;
  for (std::size_t i = 0; i < rule.examples.size(); ++i) {
    std::vector<MarkedRow> marked;
    ReturnTables r = tables_from_text(rule.kind, rule.examples[i], &marked);
    Findings found;
    rule.check(r, found);
    std::set<MarkedRow> expected(marked.begin(), marked.end()), got;
    for (const Finding& f : found.all())
      got.insert(f.table ? MarkedRow{f.table->name(), f.row} : MarkedRow{"", 0});
    EXPECT_EQ(got, expected) << "rule " << rule.code << ", example " << i + 1;
    std::size_t rows = 0;
    for (const Table& t : r.tables()) rows += t.rows();
    flags_some = flags_some || !expected.empty();
    passes_some = passes_some || rows > expected.size();
    // Findings become problems that name the table, the child and the rule's fields.
    for (const Problem& p : findings_as_problems(rule, r, found)) {
      EXPECT_EQ(p.rule, rule.code);
      EXPECT_FALSE(p.field.empty()) << "rule " << rule.code;
    }
  }
  EXPECT_TRUE(flags_some) << "rule " << rule.code << " needs an example it flags";
  EXPECT_TRUE(passes_some) << "rule " << rule.code << " needs an example row it passes";
}

std::string name_of(const testing::TestParamInfo<const Rule*>& info) {
  std::string name = kind_name(info.param->kind) + "_" + std::string(info.param->code);
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

std::vector<const Rule*> every_rule() {
  std::vector<const Rule*> out;
  for (const Rule& r : all_rules()) out.push_back(&r);
  return out;
}

INSTANTIATE_TEST_SUITE_P(All, RuleExamples, testing::ValuesIn(every_rule()), name_of);

TEST(RuleRegistry, CodesAreUniquePerReturn) {
  std::set<std::pair<ReturnKind, std::string_view>> seen;
  for (const Rule& r : all_rules()) EXPECT_TRUE(seen.insert({r.kind, r.code}).second) << "rule " << r.code << " twice";
}

TEST(RuleRegistry, SortsCodesAsPeopleDo) {
  // all_rules() orders by number, then suffix: checked on the registered codes.
  const auto& rules = all_rules();
  for (std::size_t i = 1; i < rules.size(); ++i) {
    if (rules[i - 1].kind != rules[i].kind) continue;
    // Codes starting with a letter ("INT01") come after the numbered ones.
    auto num = [](std::string_view c) {
      std::string digits(c.substr(0, c.find_first_not_of("0123456789")));
      return digits.empty() ? LONG_MAX : std::stol(digits);
    };
    EXPECT_LE(num(rules[i - 1].code), num(rules[i].code)) << rules[i - 1].code << " before " << rules[i].code;
  }
}

TEST(ReturnTables, ReadsBothDateFormatsAndOnlyRealDates) {
  EXPECT_EQ(parse_return_date("29/02/2024"), Date::from_ymd(2024, 2, 29));
  EXPECT_EQ(parse_return_date("2024-02-29"), Date::from_ymd(2024, 2, 29));
  EXPECT_EQ(parse_return_date("29/02/2023"), std::nullopt);
  EXPECT_EQ(parse_return_date("1/2/2024"), std::nullopt);
  EXPECT_EQ(parse_return_date(""), std::nullopt);
}

TEST(ReturnTables, MissingTablesAndColumnsReadAsEmpty) {
  std::vector<MarkedRow> marked;
  ReturnTables r = tables_from_text(ReturnKind::Ssda903, "year 2024\n--- Header\nCHILD,SEX\n 7 ,1\n! 8,2\n! return\n", &marked);
  EXPECT_EQ(r.collection_year, 2024);
  EXPECT_EQ(r.table("Episodes").rows(), 0u);
  const Table& h = r.table("Header");
  ASSERT_EQ(h.rows(), 2u);
  EXPECT_EQ(h.child(0), "7");  // trimmed
  EXPECT_EQ(h.text(0, h.column("DOB")), "");
  EXPECT_EQ(h.date(0, h.column("SEX")), std::nullopt);
  EXPECT_EQ(marked, (std::vector<MarkedRow>{{"", 0}, {"Header", 1}}));
}

TEST(RunRules, ReportsFindingsAsProblemsWithFileLineChildAndFields) {
  ReturnTables r = tables_from_text(ReturnKind::Ssda903, "--- Header\nCHILD,ETHNIC\n1,WBRI\n2,XXXX\n");
  RuleFilter only_103;
  only_103.only = {"103"};
  auto problems = run_rules(r, only_103);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rule, "103");
  EXPECT_EQ(problems[0].child, "2");
  EXPECT_EQ(problems[0].table, "Header");
  EXPECT_EQ(problems[0].field, "ETHNIC");
  EXPECT_EQ(problems[0].line, 4);
  EXPECT_EQ(problems[0].severity, Severity::Error);
  RuleFilter warnings_only;
  warnings_only.errors = false;
  warnings_only.only = {"103"};
  EXPECT_TRUE(run_rules(r, warnings_only).empty());
}

}  // namespace
}  // namespace lens::validation
