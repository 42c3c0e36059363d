// `lens validate` as a user runs it: the built binary (LENS_BINARY) on the files of
// tests/cases/cin_intake/, checking exit codes, the table for people and the JSON and CSV shapes.
// Those files are made for the structural checks; the DfE rules find more in them (the UPN
// A123456789012 names no LA, rule 1530, and dates before 2016-17 fall outside the census year,
// 8620 and 8696), which validate_rules_test.cpp tests on censuses made for the rules.
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

TEST(ValidateCommand, AStructurallyCleanFileIsStillCheckedAgainstTheDfERules) {
  std::string file = case_file("clean_small");
  Output r = lens("validate '" + file + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), file + ": 3 children, 4 errors, 3 warnings");
  EXPECT_EQ(r.out.find("structure"), std::string::npos) << r.out;  // nothing structural
  EXPECT_NE(r.out.find("\nrule 1530 (error): UPN invalid (characters 2-4 not a recognised LA code) "
                       "[ChildIdentifiers: UPN]\n  " + file + ":22: child CLEAN01: <UPN> A123456789012\n"),
            std::string::npos)
      << r.out;
}

TEST(ValidateCommand, WarningsAloneAreClean) {
  // unknown_element: one element the schema does not know (a warning), and the DfE rules' errors.
  Output r = lens("validate --warnings-only '" + case_file("unknown_element") + "'");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find(": 3 children, 4 warnings\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  structure  warning       1  "), std::string::npos) << r.out;
}

TEST(ValidateCommand, ErrorsExitOne) {
  std::string file = case_file("impossible_date");
  Output r = lens("validate '" + file + "'");
  EXPECT_EQ(r.exit_code, 1);
  // The summary line, then each problem as file:line: child: <Field> message.
  // The three dates the reader cannot read, and what the DfE rules then find (8720: the plan's
  // start is not a date in the collection year, ...).
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), file + ": 3 children, 9 errors, 3 warnings");
  EXPECT_NE(r.out.find("  structure  error         3  the file's structure"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(file + ":56: child CLEAN01: <CPPstartDate> 2019-02-30 is not a date (expected YYYY-MM-DD)\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(file + ":55: child CLEAN01: <CPPstartDate> 2019-02-30, <ReferenceDate> 2017-03-31\n"),
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
  // 4 unknown codes, 11 DfE rule findings, the empty file.
  ASSERT_EQ(findings.size(), 16u);
  std::size_t structural = 0;
  for (const auto& f : findings) {
    EXPECT_EQ(f.size(), 9u) << f.dump();
    structural += f["rule"].is_null();  // structural checks have no DfE rule code
    EXPECT_TRUE(f["rule"].is_null() || f["rule"].is_string());
    EXPECT_TRUE(f["severity"] == "error" || f["severity"] == "warning");
    EXPECT_TRUE(f["file"].is_string());
    EXPECT_TRUE(f["line"].is_number_integer() || f["line"].is_null());
    EXPECT_TRUE(f["child"].is_string() || f["child"].is_null());
    EXPECT_TRUE(f["table"].is_string() || f["table"].is_null());
    EXPECT_TRUE(f["fields"].is_array());
    EXPECT_TRUE(f["message"].is_string());
    EXPECT_TRUE(f["values"].is_object());
  }
  EXPECT_EQ(structural, 5u);
  const auto& first = findings[0];
  EXPECT_EQ(first["severity"], "error");
  EXPECT_EQ(first["file"], case_file("unknown_codes"));
  EXPECT_EQ(first["line"], 36);
  EXPECT_EQ(first["child"], "CLEAN01");
  EXPECT_EQ(first["table"], "CINdetails");
  EXPECT_EQ(first["fields"], nlohmann::json::array({"ReferralSource"}));
  EXPECT_EQ(first["message"].get<std::string>().substr(0, 42), "'XYZ' is not a referral source code; expec");
  // A file-level problem: no line, no child, no table, no fields.
  const auto& empty = findings.back();
  EXPECT_TRUE(empty["line"].is_null());
  EXPECT_TRUE(empty["child"].is_null());
  EXPECT_TRUE(empty["table"].is_null());
  EXPECT_EQ(empty["fields"], nlohmann::json::array());
}

TEST(ValidateCommand, CsvFindings) {
  std::string file = case_file("bad_values");
  Output r = lens("validate --format csv '" + file + "'");
  EXPECT_EQ(r.exit_code, 1);
  // Header, then one row a finding; the UPN message holds commas, so it is quoted.
  EXPECT_EQ(r.out.substr(0, r.out.find('\n') + 1), "rule,severity,file,line,child,table,fields,message,values\r\n");
  EXPECT_NE(r.out.find(",error," + file + ",24,CLEAN01,ChildIdentifiers,UPN,\"'A1234567890' is not a UPN; "
                                          "expected 13 characters: a letter, 11 digits, then a digit or a letter\",\r\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(",error," + file + ",11,,Header,LEA,'E09000002' is not an LA number; expected 3 digits,\r\n"),
            std::string::npos)
      << r.out;
  // A DfE rule's row: its code, and the values of its fields as written.
  EXPECT_NE(r.out.find("1540,error," + file + ",22,CLEAN01,ChildIdentifiers,UPN,UPN invalid (characters 5-12 not all "
                       "numeric),UPN=A1234567890\r\n"),
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
  EXPECT_NE(r.out.find((dir / "a.xml").string() + ": 3 children, 4 errors, 3 warnings\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find((dir / "b.XML").string() + ": 3 children, 9 errors, 3 warnings\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("notes.txt"), std::string::npos);
  fs::remove_all(dir);
  fs::create_directories(dir);
  EXPECT_EQ(lens("validate '" + dir.string() + "'").exit_code, 2);  // nothing to check
  fs::remove_all(dir);
}

}  // namespace
