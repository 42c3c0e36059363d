// `lens validate` as a user runs it: the built binary (LENS_BINARY) on the files of
// tests/cases/cin_intake/, checking exit codes, the table for people and the JSON and CSV shapes.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "support/run_lens.hpp"

namespace {

namespace fs = std::filesystem;

using Output = lens::testing::LensRun;
using lens::testing::run_lens;

Output lens(const std::string& args) { return run_lens(args); }

std::string case_file(const std::string& name) {
  return (fs::path(LENS_SOURCE_DIR) / "tests/cases/cin_intake" / name / "census.xml").string();
}

TEST(ValidateCommand, CleanFileExitsZero) {
  std::string file = case_file("clean_small");
  Output r = lens("validate '" + file + "'");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, file + ": 3 children, no problems\n");
}

TEST(ValidateCommand, WarningsAloneAreClean) {
  Output r = lens("validate '" + case_file("unknown_element") + "'");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find(": 3 children, 1 warning\n"), std::string::npos) << r.out;
}

TEST(ValidateCommand, ErrorsExitOne) {
  std::string file = case_file("impossible_date");
  Output r = lens("validate '" + file + "'");
  EXPECT_EQ(r.exit_code, 1);
  // The summary line, then each problem as file:line: child: <Field> message.
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), file + ": 3 children, 3 errors");
  EXPECT_NE(r.out.find(file + ":56: child CLEAN01: <CPPstartDate> 2019-02-30 is not a date (expected YYYY-MM-DD)\n"),
            std::string::npos)
      << r.out;
}

TEST(ValidateCommand, UnreadableExitsTwo) {
  EXPECT_EQ(lens("validate '" + case_file("empty_file") + "'").exit_code, 2);
  EXPECT_EQ(lens("validate '" + case_file("truncated") + "'").exit_code, 2);
  EXPECT_EQ(lens("validate /nonexistent/census.xml").exit_code, 2);
  // Unreadable wins over errors in another file.
  Output r = lens("validate '" + case_file("impossible_date") + "' /nonexistent/census.xml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("/nonexistent/census.xml: unreadable\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 files: 0 clean, 1 with errors, 1 unreadable\n"), std::string::npos) << r.out;
}

TEST(ValidateCommand, UsageErrorsExitTwo) {
  EXPECT_EQ(lens("validate").exit_code, 2);
  EXPECT_EQ(lens("validate --format xml '" + case_file("clean_small") + "'").exit_code, 2);
}

TEST(ValidateCommand, JsonFindings) {
  Output r = lens("validate --format json '" + case_file("unknown_codes") + "' '" + case_file("empty_file") + "'");
  EXPECT_EQ(r.exit_code, 2);
  nlohmann::json findings = nlohmann::json::parse(r.out);
  ASSERT_TRUE(findings.is_array());
  ASSERT_EQ(findings.size(), 5u);  // 4 unknown codes + the empty file
  for (const auto& f : findings) {
    EXPECT_EQ(f.size(), 8u) << f.dump();
    EXPECT_TRUE(f["rule"].is_null());  // structural checks have no DfE rule code
    EXPECT_TRUE(f["severity"] == "error" || f["severity"] == "warning");
    EXPECT_TRUE(f["file"].is_string());
    EXPECT_TRUE(f["line"].is_number_integer() || f["line"].is_null());
    EXPECT_TRUE(f["child"].is_string() || f["child"].is_null());
    EXPECT_TRUE(f["table"].is_string() || f["table"].is_null());
    EXPECT_TRUE(f["fields"].is_array());
    EXPECT_TRUE(f["message"].is_string());
  }
  const auto& first = findings[0];
  EXPECT_EQ(first["severity"], "error");
  EXPECT_EQ(first["file"], case_file("unknown_codes"));
  EXPECT_EQ(first["line"], 36);
  EXPECT_EQ(first["child"], "CLEAN01");
  EXPECT_EQ(first["table"], "CINdetails");
  EXPECT_EQ(first["fields"], nlohmann::json::array({"ReferralSource"}));
  EXPECT_EQ(first["message"].get<std::string>().substr(0, 42), "'XYZ' is not a referral source code; expec");
  // A file-level problem: no line, no child, no table, no fields.
  const auto& empty = findings[4];
  EXPECT_TRUE(empty["line"].is_null());
  EXPECT_TRUE(empty["child"].is_null());
  EXPECT_TRUE(empty["table"].is_null());
  EXPECT_EQ(empty["fields"], nlohmann::json::array());
}

TEST(ValidateCommand, JsonOfACleanFileIsAnEmptyList) {
  Output r = lens("validate --format json '" + case_file("clean_small") + "'");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(r.out), nlohmann::json::array());
}

TEST(ValidateCommand, CsvFindings) {
  std::string file = case_file("bad_values");
  Output r = lens("validate --format csv '" + file + "'");
  EXPECT_EQ(r.exit_code, 1);
  // Header, then one row a finding; the UPN message holds commas, so it is quoted.
  EXPECT_EQ(r.out.substr(0, r.out.find('\n') + 1), "rule,severity,file,line,child,table,fields,message\r\n");
  EXPECT_NE(r.out.find(",error," + file + ",24,CLEAN01,ChildIdentifiers,UPN,\"'A1234567890' is not a UPN; "
                                          "expected 13 characters: a letter, 11 digits, then a digit or a letter\"\r\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(",error," + file + ",11,,Header,LEA,'E09000002' is not an LA number; expected 3 digits\r\n"),
            std::string::npos)
      << r.out;
}

TEST(ValidateCommand, AFolderMeansItsXmlFiles) {
  fs::path dir = fs::temp_directory_path() / ("lens_validate_folder_test_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(case_file("clean_small"), dir / "a.xml");
  fs::copy_file(case_file("impossible_date"), dir / "b.XML");
  std::ofstream(dir / "notes.txt") << "not a census";
  Output r = lens("validate '" + dir.string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find((dir / "a.xml").string() + ": 3 children, no problems\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find((dir / "b.XML").string() + ": 3 children, 3 errors\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("notes.txt"), std::string::npos);
  fs::remove_all(dir);
  fs::create_directories(dir);
  EXPECT_EQ(lens("validate '" + dir.string() + "'").exit_code, 2);  // nothing to check
  fs::remove_all(dir);
}

}  // namespace
