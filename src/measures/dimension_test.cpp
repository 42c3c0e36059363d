#include "measures/dimension.hpp"

#include <gtest/gtest.h>

namespace lens::measures {
namespace {

std::string_view group(std::string_view ethnicity) {
  return categories(Dim::EthnicGroup)[ethnic_group_of(ethnicity)].code;
}

TEST(Dimension, EthnicGroupsFromTheFourLetterCodes) {
  EXPECT_EQ(group("WBRI"), "white");
  EXPECT_EQ(group("WROM"), "white");
  EXPECT_EQ(group("MWBC"), "mixed");
  EXPECT_EQ(group("ABAN"), "asian");
  EXPECT_EQ(group("BAFR"), "black");
  EXPECT_EQ(group("CHNE"), "other");
  EXPECT_EQ(group("OOTH"), "other");
  EXPECT_EQ(group("REFU"), "not_known");
  EXPECT_EQ(group("NOBT"), "not_known");
  EXPECT_EQ(group(""), "not_known");
}

TEST(Dimension, UnknownCodesGoToNotRecorded) {
  EXPECT_EQ(categories(Dim::Source)[encode(Dim::Source, "6")].code, "6");
  EXPECT_EQ(categories(Dim::Source)[encode(Dim::Source, "11")].code, "not_recorded");
  EXPECT_EQ(categories(Dim::Source)[encode(Dim::Source, "")].code, "not_recorded");
  EXPECT_EQ(categories(Dim::Gender)[encode(Dim::Gender, "")].code, "0");
  EXPECT_EQ(categories(Dim::Category)[encode(Dim::Category, "not_recorded")].code, "not_recorded");
}

TEST(Dimension, ReferralSourceGroups) {
  auto g = [](const char* source) {
    return categories(Dim::SourceGroup)[source_group_of(encode(Dim::Source, source))].code;
  };
  EXPECT_EQ(g("1D"), "individual");
  EXPECT_EQ(g("2A"), "schools");
  EXPECT_EQ(g("2B"), "education");
  EXPECT_EQ(g("3F"), "health");
  EXPECT_EQ(g("4"), "housing");
  EXPECT_EQ(g("5D"), "la_services");
  EXPECT_EQ(g("6"), "police");
  EXPECT_EQ(g("7"), "other_legal");
  EXPECT_EQ(g("8"), "other");
  EXPECT_EQ(g("9"), "anonymous");
  EXPECT_EQ(g("10"), "unknown");
  EXPECT_EQ(g("X"), "not_recorded");
}

TEST(Dimension, NamesRoundTrip) {
  for (int i = 0; i < kDimCount; ++i) {
    auto d = static_cast<Dim>(i);
    EXPECT_EQ(dim_from_name(dim_name(d)), d);
  }
  EXPECT_FALSE(dim_from_name("colour"));
}

TEST(Dimension, AgeBandsByCompletedYears) {
  EXPECT_EQ(age_band_for_years(-1), kUnborn);
  EXPECT_EQ(age_band_for_years(0), kUnder1);
  EXPECT_EQ(age_band_for_years(4), k1to4);
  EXPECT_EQ(age_band_for_years(5), k5to9);
  EXPECT_EQ(age_band_for_years(15), k10to15);
  EXPECT_EQ(age_band_for_years(16), k16plus);
}

}  // namespace
}  // namespace lens::measures
