// `lens validate` with the DfE rules, as a user runs it (the built binary): what it tells about
// the return it was given, --year, the severity filters, every output format, exit codes, and a
// census with known faults whose findings are listed by hand.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "support/run_lens.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;
using testing::run_lens;

// A 2016-17 census of LA 301 that meets every DfE rule but one query about the return as a whole
// (2887Q: fewer than 8 disability codes used). C1 is on a CIN plan after an assessment, C2 an
// unborn child whose referral was no further action, C3 on a child protection plan after a
// section 47 enquiry and a conference on time. Lines that the tests below name: C1's
// <Assessments> 36, C2's <ChildIdentifiers> 50 and <ExpectedPersonBirthDate> 53, C3's
// <ChildProtectionPlans> 99, <LatestCategoryOfAbuse> 102, <CPPreviewDate> 105.
const std::string kClean = R"(<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails>
      <Collection>CIN</Collection>
      <Year>2017</Year>
      <ReferenceDate>2017-03-31</ReferenceDate>
    </CollectionDetails>
    <Source>
      <SourceLevel>L</SourceLevel>
      <LEA>301</LEA>
      <SoftwareCode>Lens</SoftwareCode>
      <Release>1</Release>
      <SerialNo>001</SerialNo>
      <DateTime>2017-04-03T09:00:00</DateTime>
    </Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers>
        <LAchildID>C1</LAchildID>
        <UPN>F301100000001</UPN>
        <PersonBirthDate>2010-05-12</PersonBirthDate>
        <GenderCurrent>1</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>WBRI</Ethnicity>
        <Disabilities>
          <Disability>NONE</Disability>
        </Disabilities>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2016-06-01</CINreferralDate>
        <ReferralSource>1A</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode>
        <Assessments>
          <AssessmentActualStartDate>2016-06-02</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2016-07-15</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>2A</AssessmentFactors>
          </FactorsIdentifiedAtAssessment>
        </Assessments>
        <CINPlanDates>
          <CINPlanStartDate>2016-07-20</CINPlanStartDate>
        </CINPlanDates>
        <ReferralNFA>false</ReferralNFA>
      </CINdetails>
    </Child>
    <Child>
      <ChildIdentifiers>
        <LAchildID>C2</LAchildID>
        <UPNunknown>UN1</UPNunknown>
        <ExpectedPersonBirthDate>2017-05-01</ExpectedPersonBirthDate>
        <GenderCurrent>0</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>NOBT</Ethnicity>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2017-02-01</CINreferralDate>
        <ReferralSource>6</ReferralSource>
        <PrimaryNeedCode>N2</PrimaryNeedCode>
        <CINclosureDate>2017-02-01</CINclosureDate>
        <ReasonForClosure>RC7</ReasonForClosure>
        <ReferralNFA>true</ReferralNFA>
      </CINdetails>
    </Child>
    <Child>
      <ChildIdentifiers>
        <LAchildID>C3</LAchildID>
        <UPN>V301100000002</UPN>
        <PersonBirthDate>2012-03-03</PersonBirthDate>
        <GenderCurrent>2</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>BAFR</Ethnicity>
        <Disabilities>
          <Disability>NONE</Disability>
        </Disabilities>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2016-09-05</CINreferralDate>
        <ReferralSource>3A</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode>
        <Assessments>
          <AssessmentActualStartDate>2016-09-06</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2016-10-14</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>2B</AssessmentFactors>
          </FactorsIdentifiedAtAssessment>
        </Assessments>
        <Section47>
          <S47ActualStartDate>2016-09-06</S47ActualStartDate>
          <InitialCPCtarget>2016-09-27</InitialCPCtarget>
          <DateOfInitialCPC>2016-09-26</DateOfInitialCPC>
          <ICPCnotRequired>false</ICPCnotRequired>
        </Section47>
        <ReferralNFA>false</ReferralNFA>
        <ChildProtectionPlans>
          <CPPstartDate>2016-09-26</CPPstartDate>
          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
          <Reviews>
            <CPPreviewDate>2016-12-15</CPPreviewDate>
          </Reviews>
        </ChildProtectionPlans>
      </CINdetails>
    </Child>
  </Children>
</Message>
)";

// The same census with four faults put in by hand, each line kept where it was:
//   C1  the assessment starts on 31 May 2016, the day before the referral (1 June)
//   C2  neither a date of birth nor an expected one
//   C3  the plan's review on 20 September 2016, before the plan started (26 September)
//   C3  latest category of abuse XYZ, not a code
std::string faulty_census() {
  std::string s = kClean;
  auto replace = [&](const std::string& from, const std::string& to) {
    auto at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    s.replace(at, from.size(), to);
  };
  replace("<AssessmentActualStartDate>2016-06-02<", "<AssessmentActualStartDate>2016-05-31<");
  replace("<ExpectedPersonBirthDate>2017-05-01</ExpectedPersonBirthDate>", "<!-- no date of birth -->");
  replace("<CPPreviewDate>2016-12-15<", "<CPPreviewDate>2016-09-20<");
  replace("<LatestCategoryOfAbuse>NEG<", "<LatestCategoryOfAbuse>XYZ<");
  return s;
}

class ValidateRules : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lens_validate_rules_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    clean_ = (dir_ / "clean.xml").string();
    faulty_ = (dir_ / "faulty.xml").string();
    std::ofstream(clean_) << kClean;
    std::ofstream(faulty_) << faulty_census();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static nlohmann::json json_of(const std::string& args) {
    auto r = run_lens("validate --format json " + args);
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.out;
    return nlohmann::json::parse(r.out);
  }
  // (rule, child) of each finding, sorted; "-" for no rule (a structural check) or no child.
  static std::vector<std::pair<std::string, std::string>> rules_and_children(const nlohmann::json& findings) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& f : findings)
      out.emplace_back(f["rule"].is_null() ? "-" : f["rule"].get<std::string>(),
                       f["child"].is_null() ? "-" : f["child"].get<std::string>());
    std::sort(out.begin(), out.end());
    return out;
  }

  fs::path dir_;
  std::string clean_, faulty_;
};

TEST_F(ValidateRules, ACleanCensusWithOnlyAQueryExitsZero) {
  auto r = run_lens("validate '" + clean_ + "'");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  // What the return was taken to be, and the query grouped by rule with its count.
  EXPECT_NE(r.out.find(clean_ + ": 3 children, 1 warning\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  CIN census 2016-17 (from the file's header), LA 301: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  2887Q  warning       1  Please check and either amend or provide a reason: Less than 8 "
                       "disability codes have been used in your return\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(clean_ + ": the return as a whole: <Disability>\n"), std::string::npos) << r.out;
}

TEST_F(ValidateRules, ACensusWithKnownFaultsGivesExactlyTheirFindings) {
  nlohmann::json findings = json_of("'" + faulty_ + "'");
  // Worked out by hand from the faults (faulty_census) and the DfE rules:
  //   -      C3  the reader: XYZ is not a category of abuse code (structure)
  //   1103   C1  assessment start (31 May) before the referral (1 June)
  //   8841   C3  review (20 September) on or before the plan's start (26 September)
  //   8910   C3  latest category of abuse XYZ missing or invalid
  //   8525Q  C2  neither date of birth nor expected date of birth
  //   2886Q  -   C2, with no expected birth date, is no longer unborn, and GenderCurrent 0 (not
  //              known) makes 1 child in 3 with no sex recorded: over 2%, for the return
  //   2887Q  -   fewer than 8 disability codes, for the return (as in the clean census)
  std::vector<std::pair<std::string, std::string>> expected = {
      {"-", "C3"}, {"1103", "C1"}, {"2886Q", "-"}, {"2887Q", "-"}, {"8525Q", "C2"}, {"8841", "C3"}, {"8910", "C3"}};
  EXPECT_EQ(rules_and_children(findings), expected) << findings.dump(1);
  // Each names its table, line, fields and severity as published, with the values as written.
  for (const auto& f : findings) {
    if (f["rule"] == "1103") {
      EXPECT_EQ(f["severity"], "error");
      EXPECT_EQ(f["table"], "Assessments");
      EXPECT_EQ(f["line"], 36);
      EXPECT_EQ(f["fields"], nlohmann::json::array({"AssessmentActualStartDate", "CINreferralDate"}));
      EXPECT_EQ(f["values"]["AssessmentActualStartDate"], "2016-05-31");
      EXPECT_EQ(f["values"]["CINreferralDate"], "2016-06-01");  // from the episode's CINdetails row
      EXPECT_EQ(f["message"], "The assessment start date cannot be before the referral date");
    } else if (f["rule"] == "8841") {
      EXPECT_EQ(f["table"], "Reviews");
      EXPECT_EQ(f["line"], 105);
      EXPECT_EQ(f["values"]["CPPreviewDate"], "2016-09-20");
      EXPECT_EQ(f["values"]["CPPstartDate"], "2016-09-26");  // from the review's plan
    } else if (f["rule"] == "8910") {
      EXPECT_EQ(f["table"], "ChildProtectionPlans");
      EXPECT_EQ(f["line"], 99);
      EXPECT_EQ(f["values"]["LatestCategoryOfAbuse"], "XYZ");
    } else if (f["rule"] == "8525Q") {
      EXPECT_EQ(f["severity"], "warning");
      EXPECT_EQ(f["line"], 50);
      EXPECT_EQ(f["values"]["PersonBirthDate"], "");
    } else if (f["rule"] == "2886Q") {
      EXPECT_TRUE(f["line"].is_null());
      EXPECT_TRUE(f["child"].is_null());
      EXPECT_EQ(f["file"], faulty_);
    } else if (f["rule"].is_null()) {
      EXPECT_EQ(f["line"], 102);
      EXPECT_EQ(f["fields"], nlohmann::json::array({"LatestCategoryOfAbuse"}));
      EXPECT_EQ(f["values"], nlohmann::json::object());
    }
  }
  EXPECT_EQ(run_lens("validate '" + faulty_ + "'").exit_code, 1);
}

TEST_F(ValidateRules, TheTableGroupsByRuleThenListsEachChildAndField) {
  auto r = run_lens("validate '" + faulty_ + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), faulty_ + ": 3 children, 4 errors, 3 warnings");
  // The summary by rule: structure first, then errors, then queries, each in rule order.
  auto at = [&](const std::string& s) { return r.out.find(s); };
  ASSERT_NE(at("  structure  error         1  the file's structure"), std::string::npos) << r.out;
  EXPECT_LT(at("  structure  error "), at("  1103       error         1  The assessment start date"));
  EXPECT_LT(at("  1103       error "), at("  8841       error "));
  EXPECT_LT(at("  8910       error "), at("  2886Q      warning       1  "));
  EXPECT_LT(at("  2886Q      warning "), at("  2887Q      warning "));
  EXPECT_LT(at("  2887Q      warning "), at("  8525Q      warning "));
  // Then each rule with its findings: file:line, child, fields with their values.
  EXPECT_NE(at("\nrule 1103 (error): The assessment start date cannot be before the referral date "
               "[Assessments: AssessmentActualStartDate,CINreferralDate]\n  " +
               faulty_ + ":36: child C1: <AssessmentActualStartDate> 2016-05-31, <CINreferralDate> 2016-06-01\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(at(faulty_ + ":50: child C2: <PersonBirthDate> blank, <ExpectedPersonBirthDate> blank\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(at("  " + faulty_ +
               ":102: child C3: <LatestCategoryOfAbuse> 'XYZ' is not a category of abuse code; expected one of "
               "NEG, PHY, SAB, EMO, MUL\n"),
            std::string::npos)
      << r.out;
}

TEST_F(ValidateRules, YearNamesTheCollectionYearTheRulesCheckAgainst) {
  // Checked as 2025-26, the 2016-17 census's dates fall outside the collection year and its sex
  // codes (0, 1, 2) are the old ones: rule 100 (reference date), 8620 (C2's closure), 8696 (C1's
  // and C3's assessments end in 2016), 8715 (C3's conference), 4180 (every child's sex code),
  // 8750 (C2 unborn but not U), 8530Q (C2's expected birth in 2017), 8569Q (C2's NFA referral
  // long before the year), and 2887Q as ever. 4180 and 8750 apply from 2024-25 only.
  auto r = run_lens("validate --year 2025-26 '" + clean_ + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("  CIN census 2025-26 (the year asked for), LA 301: "), std::string::npos) << r.out;
  std::vector<std::pair<std::string, std::string>> expected = {
      {"100", "-"},   {"2887Q", "-"}, {"4180", "C1"}, {"4180", "C2"},  {"4180", "C3"},  {"8530Q", "C2"},
      {"8569Q", "C2"}, {"8620", "C2"}, {"8696", "C1"}, {"8696", "C3"}, {"8715", "C3"}, {"8750", "C2"}};
  EXPECT_EQ(rules_and_children(json_of("--year 2025-26 '" + clean_ + "'")), expected);
  // The year as one number means the same; a year that is neither is a usage error.
  EXPECT_EQ(rules_and_children(json_of("--year 2026 '" + clean_ + "'")), expected);
  EXPECT_EQ(run_lens("validate --year 25-26 '" + clean_ + "'").exit_code, 2);
}

TEST_F(ValidateRules, ErrorsOnlyWarningsOnlyOrBoth) {
  auto errors = json_of("--errors-only '" + faulty_ + "'");
  for (const auto& f : errors) EXPECT_EQ(f["severity"], "error") << f.dump();
  EXPECT_EQ(errors.size(), 4u);  // the structural error, 1103, 8841, 8910
  EXPECT_EQ(json_of("--severity error '" + faulty_ + "'"), errors);
  auto warnings = json_of("--warnings-only '" + faulty_ + "'");
  for (const auto& f : warnings) EXPECT_EQ(f["severity"], "warning") << f.dump();
  EXPECT_EQ(warnings.size(), 3u);  // 2886Q, 2887Q, 8525Q
  EXPECT_EQ(json_of("--severity warning '" + faulty_ + "'"), warnings);
  EXPECT_EQ(json_of("--severity all '" + faulty_ + "'").size(), 7u);
  // Only what is listed counts for the exit code: warnings alone are clean.
  EXPECT_EQ(run_lens("validate --warnings-only '" + faulty_ + "'").exit_code, 0);
  EXPECT_EQ(run_lens("validate --errors-only '" + faulty_ + "'").exit_code, 1);
  EXPECT_EQ(run_lens("validate --errors-only '" + clean_ + "'").exit_code, 0);
  auto table = run_lens("validate --errors-only '" + clean_ + "'");
  EXPECT_NE(table.out.find(clean_ + ": 3 children, no problems\n"), std::string::npos) << table.out;
  // Both filters at once, or a severity that is not one, is a usage error.
  EXPECT_EQ(run_lens("validate --errors-only --warnings-only '" + faulty_ + "'").exit_code, 2);
  EXPECT_EQ(run_lens("validate --severity fatal '" + faulty_ + "'").exit_code, 2);
}

TEST_F(ValidateRules, JsonOfNothingFoundIsAnEmptyList) {
  auto r = run_lens("validate --format json --errors-only '" + clean_ + "'");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(r.out), nlohmann::json::array());
}

TEST_F(ValidateRules, CsvHasOneRowAFinding) {
  auto r = run_lens("validate --format csv '" + faulty_ + "'");
  EXPECT_EQ(r.exit_code, 1);
  std::vector<std::string> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 8u);  // header + 7 findings
  EXPECT_EQ(lines[0], "rule,severity,file,line,child,table,fields,message,values\r");
  EXPECT_NE(r.out.find("1103,error," + faulty_ +
                       ",36,C1,Assessments,AssessmentActualStartDate;CINreferralDate,The assessment start date "
                       "cannot be before the referral date,AssessmentActualStartDate=2016-05-31; CINreferralDate=2016-06-01\r\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("2887Q,warning," + faulty_ + ",,,Disabilities,Disability,"), std::string::npos) << r.out;
}

// ---- reading the workbook back: a zip (central directory) of deflated XML parts -----------------

// zlib comes with libxlsxwriter; it is opened at run time so the tests need no link flag of their own.
std::string inflate_raw(const std::string& data, std::size_t size) {
  void* z = dlopen("libz.so.1", RTLD_NOW);
  if (!z) return "";
  using Init = int (*)(z_streamp, int, const char*, int);
  using Inflate = int (*)(z_streamp, int);
  using End = int (*)(z_streamp);
  auto init = reinterpret_cast<Init>(dlsym(z, "inflateInit2_"));
  auto inflate_ = reinterpret_cast<Inflate>(dlsym(z, "inflate"));
  auto end = reinterpret_cast<End>(dlsym(z, "inflateEnd"));
  std::string out(size, '\0');
  z_stream s{};
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  if (!init || !inflate_ || !end || init(&s, -15, ZLIB_VERSION, sizeof(z_stream)) != Z_OK) return "";
  inflate_(&s, Z_FINISH);
  end(&s);
  out.resize(s.total_out);
  return out;
}

// Every file in a zip archive, by name, uncompressed.
std::map<std::string, std::string> unzip(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string zip((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto u16 = [&](std::size_t at) { return static_cast<unsigned>(static_cast<unsigned char>(zip[at]) | static_cast<unsigned char>(zip[at + 1]) << 8); };
  auto u32 = [&](std::size_t at) { return u16(at) | u16(at + 2) << 16; };
  std::map<std::string, std::string> files;
  std::size_t eocd = zip.rfind(std::string("PK\x05\x06", 4));
  if (eocd == std::string::npos) return files;
  std::size_t entries = u16(eocd + 10), at = u32(eocd + 16);
  for (std::size_t i = 0; i < entries && zip.compare(at, 4, "PK\x01\x02") == 0; ++i) {
    unsigned method = u16(at + 10), name_size = u16(at + 28), extra = u16(at + 30), comment = u16(at + 32);
    std::size_t packed = u32(at + 20), size = u32(at + 24), local = u32(at + 42);
    std::string name = zip.substr(at + 46, name_size);
    std::size_t data = local + 30 + u16(local + 26) + u16(local + 28);
    std::string bytes = zip.substr(data, packed);
    files[name] = method == 0 ? bytes : inflate_raw(bytes, size);
    at += 46 + name_size + extra + comment;
  }
  return files;
}

TEST_F(ValidateRules, AnXlsxAnAnalystCanFilter) {
  std::string out = (dir_ / "report.xlsx").string();
  auto r = run_lens("validate --format xlsx --out '" + out + "' '" + faulty_ + "' '" + clean_ + "'");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("The report is in " + out), std::string::npos) << r.out;
  auto files = unzip(out);
  ASSERT_TRUE(files.count("xl/workbook.xml")) << "not an xlsx";
  const std::string& book = files["xl/workbook.xml"];
  auto sheet_at = [&](const std::string& name) { return book.find("<sheet name=\"" + name + "\""); };
  ASSERT_NE(sheet_at("By rule"), std::string::npos) << book;
  EXPECT_LT(sheet_at("By rule"), sheet_at("Findings"));
  EXPECT_LT(sheet_at("Findings"), sheet_at("Returns"));
  // Sheet 2 holds one row a finding (7 + 1 from the clean census) under its header, filtered.
  const std::string& findings = files["xl/worksheets/sheet2.xml"];
  EXPECT_NE(findings.find("<autoFilter ref=\"A1:I9\"/>"), std::string::npos) << findings.substr(0, 2000);
  EXPECT_NE(findings.find("<row r=\"9\""), std::string::npos);
  EXPECT_EQ(findings.find("<row r=\"10\""), std::string::npos);
  // Text lives in the shared strings: the rule codes and values are there.
  const std::string& strings = files["xl/sharedStrings.xml"];
  for (const char* s : {"1103", "8841", "8910", "Values as written", "AssessmentActualStartDate=2016-05-31", "C3"})
    EXPECT_NE(strings.find(s), std::string::npos) << s;
  // The summary sheet: one row a rule of each return, with its count.
  EXPECT_NE(files["xl/worksheets/sheet1.xml"].find("<autoFilter ref=\"A1:G9\"/>"), std::string::npos);
  // xlsx needs a file to go to.
  EXPECT_EQ(run_lens("validate --format xlsx '" + clean_ + "'").exit_code, 2);
}

TEST_F(ValidateRules, TellsAn903ReturnFromACensusAndItsYear) {
  const std::string cases = std::string(LENS_SOURCE_DIR) + "/tests/cases/ssda903_intake/";
  auto r = run_lens("validate --la 301 " + cases + "this_and_last_year/input '" + clean_ + "'");
  // The 903 (this year's tables and last year's, the year from its dates) first, then the census.
  EXPECT_NE(r.out.find("this_and_last_year/input: 1 child, "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  SSDA903 2016-17 (from the files), with last year's tables, LA 301: "), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("  CIN census 2016-17 (from the file's header), LA 301: "), std::string::npos) << r.out;
  EXPECT_LT(r.out.find("SSDA903 2016-17"), r.out.find("CIN census 2016-17"));
  // 903 rules run on it: child 101 (born 14/06/2004) is of school age with UPN UN1 (rule 209).
  auto json = json_of("--la 301 " + cases + "this_and_last_year/input");
  bool rule_209 = false;
  for (const auto& f : json)
    if (f["rule"] == "209") {
      rule_209 = true;
      EXPECT_EQ(f["child"], "101");
      EXPECT_EQ(f["table"], "Header");
      EXPECT_EQ(f["file"], cases + "this_and_last_year/input/header.csv");
      EXPECT_EQ(f["line"], 2);
      EXPECT_EQ(f["values"]["UPN"], "UN1");
    }
  EXPECT_TRUE(rule_209) << json.dump(1);
}

}  // namespace
}  // namespace lens
