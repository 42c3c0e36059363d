#include "server/measures_suppression.hpp"

#include <gtest/gtest.h>

namespace lens::server {
namespace {

using json = nlohmann::ordered_json;

json card() {
  return json::parse(R"({
    "notes": [],
    "indicators": [
      {"id": "referrals", "unit": "count", "value": 3, "numerator": 3, "denominator": null,
       "last": {"value": 12, "numerator": 12, "denominator": null},
       "breakdown": {"gender": [
         {"code": "1", "label": "Male", "value": 0, "numerator": 0, "denominator": 3, "share": 0.0},
         {"code": "2", "label": "Female", "value": 3, "numerator": 3, "denominator": 3, "share": 100.0}]}},
      {"id": "assessments_within_45wd_pct", "unit": "pct", "value": 97.0, "numerator": 97, "denominator": 100,
       "last": {"value": 75.0, "numerator": 3, "denominator": 4}},
      {"id": "referrals_rate", "unit": "per_10k", "value": 0.7, "numerator": 4, "denominator": 60000, "last": null},
      {"id": "assessment_mean_wd", "unit": "working_days", "value": 30.5, "numerator": 61, "denominator": 2,
       "median": 30.5, "last": null},
      {"id": "cpp_started", "unit": "count", "value": 5, "numerator": 5, "denominator": null, "last": null}
    ]})");
}

TEST(Suppression, HidesFiguresRestingOnOneToFourAndKeepsTheRest) {
  json c = card();
  // Suppressed: referrals (3) and its Female row (3); the pct's last period (3 of 4); the rate
  // (a count of 4); the mean (2 items). Kept: zero (the Male row), 97 of 100, last year's 12
  // referrals, and 5 plans (the threshold itself is not small).
  EXPECT_EQ(suppress_small_numbers(c, 5), 5);
  const auto& referrals = c["indicators"][0];
  EXPECT_TRUE(referrals["value"].is_null());
  EXPECT_TRUE(referrals["numerator"].is_null());
  EXPECT_EQ(referrals["suppressed"], true);
  EXPECT_EQ(referrals["last"]["numerator"], 12);
  EXPECT_EQ(referrals["breakdown"]["gender"][0]["numerator"], 0);
  EXPECT_FALSE(referrals["breakdown"]["gender"][0].contains("suppressed"));
  EXPECT_TRUE(referrals["breakdown"]["gender"][1]["share"].is_null());

  const auto& pct = c["indicators"][1];
  EXPECT_EQ(pct["value"], 97.0);
  EXPECT_TRUE(pct["last"]["value"].is_null());
  EXPECT_TRUE(pct["last"]["denominator"].is_null());

  const auto& rate = c["indicators"][2];
  EXPECT_TRUE(rate["value"].is_null());
  EXPECT_EQ(rate["denominator"], 60000);  // the population is not about children in the data

  const auto& mean = c["indicators"][3];
  EXPECT_TRUE(mean["value"].is_null());
  EXPECT_TRUE(mean["median"].is_null());
  EXPECT_TRUE(mean["numerator"].is_null());

  EXPECT_EQ(c["indicators"][4]["value"], 5);
  ASSERT_EQ(c["notes"].size(), 1u);
  EXPECT_NE(c["notes"][0].get<std::string>().find("fewer than 5"), std::string::npos);
}

TEST(Suppression, NothingSmallMeansNoNote) {
  json c = json::parse(R"({"notes": [], "indicators": [
    {"id": "referrals", "unit": "count", "value": 0, "numerator": 0, "denominator": null, "last": null}]})");
  EXPECT_EQ(suppress_small_numbers(c, 5), 0);
  EXPECT_TRUE(c["notes"].empty());
  EXPECT_EQ(c["indicators"][0]["value"], 0);
}

}  // namespace
}  // namespace lens::server
