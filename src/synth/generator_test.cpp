#include "synth/generator.hpp"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "returns/cin/census_reader.hpp"
#include "returns/cin/census_writer.hpp"

namespace lens::synth {
namespace {

std::string xml(const Census& census) {
  std::ostringstream out;
  cin::write_census(census, out);
  return out.str();
}

// Every census file a run makes, keyed "LA period", as XML.
std::map<std::string, std::string> run(const GenerateOptions& o) {
  std::map<std::string, std::string> files;
  generate(plan_generation(o), [&](GeneratedCensus&& g) {
    files[g.authority->la + " " + std::to_string(g.collection_year)] = xml(g.census);
  }, nullptr);
  return files;
}

GenerateOptions barking_and_dagenham() {
  GenerateOptions o;
  o.profile = "barking-dagenham-2016-17";
  o.first_year = 2015;
  o.last_year = 2016;
  return o;
}

TEST(Generator, TheSameSeedGivesTheSameBytes) {
  auto a = run(barking_and_dagenham());
  auto b = run(barking_and_dagenham());
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a, b);
  GenerateOptions other = barking_and_dagenham();
  other.seed = 2;
  EXPECT_NE(run(other).at("301 2017"), a.at("301 2017"));
}

TEST(Generator, AnAuthorityDoesNotDependOnTheOthersOrOnThreads) {
  auto alone = run(barking_and_dagenham());
  GenerateOptions together = barking_and_dagenham();
  together.authorities = {"302", "301", "317"};
  together.jobs = 2;
  auto many = run(together);
  EXPECT_EQ(many.size(), 6u);
  EXPECT_EQ(many.at("301 2016"), alone.at("301 2016"));
  EXPECT_EQ(many.at("301 2017"), alone.at("301 2017"));
}

TEST(Generator, EveryYearsCensusPassesLensCinChecks) {
  // A small authority at England's rates over every year the profile has: the code lists
  // change over these years (18A/19A, 24A, 5D and RC9, CIN plan dates) and each file must
  // still read without a single problem.
  GenerateOptions o;
  o.authorities = {"330"};
  o.population = 6000;
  o.first_year = 2012;
  o.last_year = 2024;
  int files = 0;
  generate(plan_generation(o), [&](GeneratedCensus&& g) {
    ++files;
    const std::string bytes = xml(g.census);
    cin::CensusFile read = cin::read_census_text(bytes, "generated.xml");
    ASSERT_FALSE(read.unreadable);
    for (const auto& p : read.problems) ADD_FAILURE() << g.collection_year << ": " << to_string(p);
    EXPECT_EQ(read.census.children, g.census.children);  // and it reads back as written
    EXPECT_GT(g.census.children.size(), 100u);
  }, nullptr);
  EXPECT_EQ(files, 13);
}

TEST(Generator, EveryAuthorityOnlyInTheYearsItExisted) {
  GenerateOptions o;  // england: every authority
  o.first_year = 2019;
  o.last_year = 2021;
  GenerationPlan plan = plan_generation(o);
  std::map<std::string, std::pair<int, int>> years;
  for (const auto& r : plan.runs) years[r.authority->la] = {r.first_year, r.last_year};
  // Northamptonshire's last census was 2020-21; its successors' first 2021-22.
  EXPECT_EQ(years.at("928"), std::make_pair(2019, 2020));
  EXPECT_EQ(years.at("940"), std::make_pair(2021, 2021));
  EXPECT_EQ(years.at("301"), std::make_pair(2019, 2021));
  // Dorset's and Bournemouth's and Poole's old councils ended in 2018-19.
  EXPECT_FALSE(years.count("835"));
}

TEST(Generator, OptionsThatCannotWorkAreRefused) {
  auto error = [](GenerateOptions o) {
    try {
      plan_generation(o);
    } catch (const std::exception& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  GenerateOptions o;
  o.authorities = {"301", "302"};
  o.population = 5000;
  EXPECT_EQ(error(o), "--population sets one authority's children: give one --la");
  o = {};
  o.authorities = {"999"};
  EXPECT_EQ(error(o),
            "--la: 999 is not the DfE number of an English authority (301 is Barking and Dagenham)");
  o = {};
  o.first_year = 2017;
  o.last_year = 2016;
  EXPECT_EQ(error(o), "--years: 2017-18 comes after 2016-17");
  o = {};
  o.profile = "nowhere";
  EXPECT_NE(error(o).find("no profile 'nowhere' (profiles: barking-dagenham-2016-17,"), std::string::npos);
}

TEST(Generator, DefaultsComeFromTheProfile) {
  GenerationPlan plan = plan_generation(barking_and_dagenham());
  ASSERT_EQ(plan.runs.size(), 1u);
  EXPECT_EQ(plan.runs[0].authority->la, "301");
  GenerateOptions o;
  o.profile = "redbridge-2012-13";
  plan = plan_generation(o);
  EXPECT_EQ(plan.first_year, 2012);
  EXPECT_EQ(plan.last_year, 2012);
  EXPECT_EQ(plan.runs[0].authority->la, "317");
}

}  // namespace
}  // namespace lens::synth
