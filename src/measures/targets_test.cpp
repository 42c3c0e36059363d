#include "measures/targets.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "measures/data_files.hpp"

namespace lens::measures {
namespace {

TEST(Targets, RagFollowsPolarityAndTolerance) {
  Target five{5, 1, ""};  // e.g. cpp_open_2y_plus_pct, lower is better
  EXPECT_EQ(rate(Polarity::Down, five, 4.0), Rag::Green);
  EXPECT_EQ(rate(Polarity::Down, five, 5.0), Rag::Green);  // at target
  EXPECT_EQ(rate(Polarity::Down, five, 6.0), Rag::Amber);  // worse, within 1
  EXPECT_EQ(rate(Polarity::Down, five, 6.5), Rag::Red);    // 19 of 294 in 2016/17
  EXPECT_EQ(rate(Polarity::Down, five, 5.04), Rag::Green);  // shown as 5.0
  Target eighty{80, 5, ""};  // higher is better
  EXPECT_EQ(rate(Polarity::Up, eighty, 80.0), Rag::Green);
  EXPECT_EQ(rate(Polarity::Up, eighty, 75.0), Rag::Amber);
  EXPECT_EQ(rate(Polarity::Up, eighty, 74.9), Rag::Red);
  EXPECT_EQ(rate(Polarity::Up, eighty, std::nullopt), Rag::None);
  EXPECT_EQ(rate(Polarity::None, eighty, 50.0), Rag::None);
}

TEST(Targets, ExampleFileLoads) {
  TargetTable t = TargetTable::load(data_path("targets/example.csv"));
  ASSERT_NE(t.find("cpp_open_2y_plus_pct"), nullptr);
  EXPECT_DOUBLE_EQ(t.find("cpp_open_2y_plus_pct")->target, 5);
}

TEST(Targets, AnUnknownIndicatorNamesFileAndLine) {
  auto path = (std::filesystem::temp_directory_path() / "lens-targets.csv").string();
  std::ofstream(path) << "indicator_id,target,tolerance,source\nre_referals,18,3,typo\n";
  try {
    TargetTable::load(path);
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("lens-targets.csv:2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("re_referals"), std::string::npos);
  }
}

}  // namespace
}  // namespace lens::measures
