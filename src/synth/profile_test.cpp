#include "synth/profile.hpp"

#include <gtest/gtest.h>

#include "synth/data_files.hpp"

namespace lens::synth {
namespace {

TEST(Profile, PeriodsAreFinancialYears) {
  EXPECT_EQ(parse_period("2016-17"), 2016);
  EXPECT_EQ(parse_period("1999-00"), 1999);
  EXPECT_FALSE(parse_period("2016-18"));
  EXPECT_FALSE(parse_period("2016/17"));
  EXPECT_FALSE(parse_period("16-17"));
  EXPECT_EQ(period_text(2019), "2019-20");
}

TEST(Profile, EveryShippedProfileLoadsAndCitesItsSources) {
  auto profiles = list_profiles();
  std::vector<std::string> names;
  for (const auto& p : profiles) {
    names.push_back(p.name);
    for (const auto& [year, y] : p.years)
      for (const auto& [id, f] : y.figures) EXPECT_FALSE(f.source.empty()) << p.name << " " << id;
  }
  EXPECT_EQ(names, (std::vector<std::string>{
                       "barking-dagenham-2016-17", "barking-dagenham-2019-20", "barnet-2016-17",
                       "england", "england-by-authority", "redbridge-2012-13"}));
}

TEST(Profile, BadFilesAreRefusedWithTheFieldNamed) {
  auto error = [](const std::string& json) {
    try {
      parse_profile(json, "x.json");
    } catch (const DataError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error("{"), "x.json: not valid JSON (byte 2)");
  EXPECT_EQ(error(R"({"name":"x","title":"X","years":{"2016-18":{}}})"),
            "x.json: years.2016-18: not a period like 2016-17");
  EXPECT_EQ(error(R"({"name":"x","title":"X","years":{"2016-17":{"referrals_rate":{"value":5}}}})"),
            "x.json: years.2016-17.referrals_rate: has no \"source\" saying where the figure "
            "comes from");
  EXPECT_EQ(error(R"({"name":"x","title":"X","years":{"2016-17":{"referals_rate":{"value":5,"source":"s"}}}})"),
            "x.json: years.2016-17.referals_rate: not an indicator a profile can set");
  EXPECT_EQ(error(R"({"name":"x","title":"X","years":{"2016-17":{"cpp_categories":{"NEGL":{"count":1,"source":"s"}}}}})"),
            "x.json: years.2016-17.cpp_categories.NEGL: not one of the categories");
}

TEST(Profile, TargetsComeFromTheProfileThenEngland) {
  const Profile bd = load_profile("barking-dagenham-2016-17");
  const Profile england = load_profile("england");
  const Authority& la = *Authorities::shipped().find("301");
  YearTargets t = resolve_targets(bd, england, la, 2016, std::nullopt);
  EXPECT_EQ(t.population, 62338);
  EXPECT_DOUBLE_EQ(t.referrals_rate, 505);  // seed 000:559, a rate
  // s47 is quoted as a count: 1,175 / 62,338 x 10,000 = 188.49...
  EXPECT_NEAR(t.s47_rate, 188.49, 0.01);
  EXPECT_NEAR(t.per_year(t.s47_rate), 1175, 1e-9);
  // Referral sources: police 816 and education 618 of 3,050.
  EXPECT_NEAR(t.referral_sources.at("6"), 816.0 / 3050, 1e-12);
  EXPECT_FALSE(t.referral_sources.count("total"));
  // No categories in the profile: the generator's defaults apply.
  EXPECT_TRUE(t.cpp_categories.empty());

  // Another authority at Barking and Dagenham's rates keeps its own population.
  YearTargets barnet = resolve_targets(bd, england, *Authorities::shipped().find("302"), 2016,
                                       std::nullopt);
  EXPECT_EQ(barnet.population, 88135);
  EXPECT_DOUBLE_EQ(barnet.referrals_rate, 505);
  EXPECT_EQ(resolve_targets(bd, england, la, 2016, 10000).population, 10000);
}

TEST(Profile, PublishedProfileUsesTheAuthoritysOwnFigures) {
  const Profile england = load_profile("england");
  const Profile published = load_profile("england-by-authority");
  const Authority& barnet = *Authorities::shipped().find("302");
  YearTargets t = resolve_targets(published, england, barnet, 2016, std::nullopt);
  // authority_rates.csv: Barnet 2016-17 re-referrals 20.1% (DfE c1); England's is 21.9%.
  EXPECT_DOUBLE_EQ(t.re_referrals_pct, 20.1);
  YearTargets e = resolve_targets(england, england, barnet, 2016, std::nullopt);
  EXPECT_DOUBLE_EQ(e.re_referrals_pct, 21.9);
}

}  // namespace
}  // namespace lens::synth
