#include "synth/authorities.hpp"

#include <gtest/gtest.h>

#include "synth/data_files.hpp"

namespace lens::synth {
namespace {

TEST(Authorities, PostcodeRangesExpand) {
  EXPECT_EQ(expand_postcode_districts("RM8-RM10 IG11"),
            (std::vector<std::string>{"RM8", "RM9", "RM10", "IG11"}));
  EXPECT_EQ(expand_postcode_districts("EC1A"), (std::vector<std::string>{"EC1A"}));
  EXPECT_THROW(expand_postcode_districts("RM8-IG10"), DataError);
  EXPECT_THROW(expand_postcode_districts("RM9-RM8"), DataError);
}

TEST(Authorities, ShippedDataHasEveryAuthorityWithWhatTheGeneratorNeeds) {
  const auto& all = Authorities::shipped();
  int current = 0;
  for (const auto& a : all.all()) {
    SCOPED_TRACE(a.la + " " + a.name);
    EXPECT_FALSE(a.postcode_districts.empty());
    EXPECT_EQ(a.ethnicity.size(), ethnicity_codes().size());
    EXPECT_FALSE(a.population.empty());
    current += a.exists_in(2024);
  }
  // 153 authorities made the 2023-24 census (after Cumbria split in two).
  EXPECT_EQ(current, 153);
}

TEST(Authorities, PopulationAndPublishedFiguresForBarkingAndDagenham) {
  const Authority* bd = Authorities::shipped().find("301");
  ASSERT_NE(bd, nullptr);
  EXPECT_EQ(bd->name, "Barking and Dagenham");
  // population.csv, from the ONS series: mid-2016 62,338.
  EXPECT_EQ(bd->population_at(2016), 62338);
  // Years outside the data take the nearest one (mid-2012 55,725 and mid-2024 66,465).
  EXPECT_EQ(bd->population_at(2005), 55725);
  EXPECT_EQ(bd->population_at(2030), 66465);
  // authority_rates.csv: 2016-17 re-referrals 13.7% (DfE c1, 428 of 3,123).
  EXPECT_EQ(bd->published_figure(2017, "re_referrals_12m_pct"), 13.7);
  EXPECT_FALSE(bd->published_figure(1999, "re_referrals_12m_pct"));
  EXPECT_TRUE(bd->exists_in(2013));
  EXPECT_TRUE(bd->exists_in(2030));
}

TEST(Authorities, ReorganisedAuthoritiesExistOnlyInTheirYears) {
  const auto& all = Authorities::shipped();
  // Northamptonshire (928) made its last census in 2020-21; its successors from 2021-22.
  EXPECT_TRUE(all.find("928")->exists_in(2021));
  EXPECT_FALSE(all.find("928")->exists_in(2022));
  EXPECT_FALSE(all.find("940")->exists_in(2021));
  EXPECT_TRUE(all.find("940")->exists_in(2022));
  EXPECT_EQ(all.find("999"), nullptr);
}

}  // namespace
}  // namespace lens::synth
