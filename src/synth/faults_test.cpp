#include "synth/faults.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "returns/cin/census_reader.hpp"
#include "returns/cin/census_writer.hpp"
#include "synth/generator.hpp"

namespace lens::synth {
namespace {

Census clean_census() {
  GenerateOptions o;
  o.profile = "barking-dagenham-2016-17";
  Census census;
  generate(plan_generation(o), [&](GeneratedCensus&& g) { census = std::move(g.census); }, nullptr);
  return census;
}

TEST(Faults, SpecsParseAndBadOnesSayWhy) {
  FaultSpec s = FaultSpec::parse("missing-date=2,duplicate-child,invalid-code=0");
  EXPECT_EQ(s.per_census.at(FaultKind::MissingDate), 2);
  EXPECT_EQ(s.per_census.at(FaultKind::DuplicateChild), 1);  // no count means one
  EXPECT_EQ(s.text(), "missing-date=2,duplicate-child=1");
  EXPECT_TRUE(FaultSpec::parse("").empty());
  EXPECT_TRUE(FaultSpec::parse("date-order=0").empty());
  try {
    FaultSpec::parse("missing-dates=2");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(),
                 "--faults: 'missing-dates' is not a kind of fault; use missing-date, date-order, "
                 "invalid-code, duplicate-child");
  }
  EXPECT_THROW(FaultSpec::parse("date-order=two"), std::invalid_argument);
}

TEST(Faults, ExactlyTheFaultsAskedForAndNothingElse) {
  const Census clean = clean_census();
  Census faulty = clean;
  Random random(7);
  const FaultSpec spec = FaultSpec::parse("missing-date=3,date-order=3,invalid-code=5,duplicate-child=2");
  const auto done = inject_faults(faulty, spec, random);

  std::map<FaultKind, int> per_kind;
  std::set<std::string> touched;
  for (const auto& f : done) {
    ++per_kind[f.kind];
    EXPECT_TRUE(touched.insert(f.child).second) << "two faults on child " << f.child;
  }
  EXPECT_EQ(per_kind[FaultKind::MissingDate], 3);
  EXPECT_EQ(per_kind[FaultKind::DateOrder], 3);
  EXPECT_EQ(per_kind[FaultKind::InvalidCode], 5);
  EXPECT_EQ(per_kind[FaultKind::DuplicateChild], 2);

  // Child by child: the faulted children differ from the clean ones (or appear twice), and
  // every other child is exactly as generated.
  ASSERT_EQ(faulty.children.size(), clean.children.size() + 2);
  std::map<std::string, int> seen;
  for (std::size_t i = 0; i < faulty.children.size(); ++i) {
    if (++seen[faulty.children[i].la_child_id] == 2) {
      EXPECT_EQ(faulty.children[i], faulty.children[i - 1]);  // the copy follows its original
    }
  }
  std::map<std::string, const Child*> before;
  for (const Child& c : clean.children) before[c.la_child_id] = &c;
  std::set<std::string> changed;
  for (const Child& c : faulty.children)
    if (!(c == *before.at(c.la_child_id)) || seen[c.la_child_id] > 1) changed.insert(c.la_child_id);
  EXPECT_EQ(changed, touched);
}

TEST(Faults, TheCinReaderFindsTheCodeAndDuplicateFaultsExactly) {
  Census faulty = clean_census();
  Random random(11);
  const auto done = inject_faults(faulty, FaultSpec::parse("invalid-code=6,duplicate-child=3"), random);
  std::ostringstream xml;
  cin::write_census(faulty, xml);
  cin::CensusFile read = cin::read_census_text(xml.str(), "faulty.xml");
  std::multiset<std::pair<std::string, std::string>> expected, found;
  for (const auto& f : done) expected.insert({f.child, f.field});
  for (const auto& p : read.problems) found.insert({p.child, p.field});
  EXPECT_EQ(found, expected);
}

TEST(Faults, NoneAskedNoneMade) {
  Census census = clean_census();
  const Census before = census;
  Random random(1);
  EXPECT_TRUE(inject_faults(census, FaultSpec{}, random).empty());
  EXPECT_EQ(census.children, before.children);
}

}  // namespace
}  // namespace lens::synth
