// `lens validate` of SSDA903 returns: the built binary against the intake cases' files.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_lens.hpp"

namespace lens {
namespace {

const std::string kCases = std::string(LENS_SOURCE_DIR) + "/tests/cases/ssda903_intake/";

TEST(ValidateSsda903, ACleanFolderOfTablesNeedsNoAuthority) {
  // Structurally clean, so nothing under "structure"; the DfE rules still have their say (rule
  // 190: OC2 data for a child not looked after for 12 months, ...).
  auto r = testing::run_lens("validate --year 2016-17 " + kCases + "clean_tables/input");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("clean_tables/input: 2 children, 6 errors\n  SSDA903 2016-17 (the year asked for): "),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("structure"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nrule 190 (error): "), std::string::npos) << r.out;
}

TEST(ValidateSsda903, ListsEveryProblemWithFileLineChildAndField) {
  auto r = testing::run_lens("validate --format csv " + kCases + "bad_dates_and_codes/input --year 2018");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find(",error," + kCases +
                       "bad_dates_and_codes/input/episodes.csv,2,201,Episodes,DEC,30/02/2018 is not a date"),
            std::string::npos)
      << r.out;
}

TEST(ValidateSsda903, ATableThatIsNoTableIsUnreadable) {
  auto r = testing::run_lens("validate --year 2017 " + kCases + "not_a_903_table/input");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("unreadable"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace lens
