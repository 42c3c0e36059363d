#include "returns/cin/census_reader.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <unistd.h>

namespace lens::cin {
namespace {

// A small census with every element the schema knows. The line numbers in the comments are the
// ones the reader must report; tests that change a line keep the line count the same unless they
// say otherwise.
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
      <DateTime>2017-05-01T09:30:00</DateTime>
    </Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers>
        <LAchildID>C1</LAchildID>
        <UPN>A123456789012</UPN>
        <FormerUPN>B12345678901C</FormerUPN>
        <PersonBirthDate>2010-06-15</PersonBirthDate>
        <GenderCurrent>2</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>WBRI</Ethnicity>
        <Disabilities>
          <Disability>AUT</Disability>
          <Disability>LD</Disability>
        </Disabilities>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2016-05-03</CINreferralDate>
        <ReferralSource>3A</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode>
        <CINclosureDate>2017-02-10</CINclosureDate>
        <ReasonForClosure>RC7</ReasonForClosure>
        <Assessments>
          <AssessmentActualStartDate>2016-05-04</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2016-06-20</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>3A</AssessmentFactors>
            <AssessmentFactors>4B</AssessmentFactors>
          </FactorsIdentifiedAtAssessment>
        </Assessments>
        <CINPlanDates>
          <CINPlanStartDate>2016-06-21</CINPlanStartDate>
          <CINPlanEndDate>2016-07-01</CINPlanEndDate>
        </CINPlanDates>
        <Section47>
          <S47ActualStartDate>2016-06-01</S47ActualStartDate>
          <InitialCPCtarget>2016-06-22</InitialCPCtarget>
          <DateOfInitialCPC>2016-06-20</DateOfInitialCPC>
          <ICPCnotRequired>false</ICPCnotRequired>
        </Section47>
        <ReferralNFA>false</ReferralNFA>
        <ChildProtectionPlans>
          <CPPstartDate>2016-06-20</CPPstartDate>
          <CPPendDate>2017-01-30</CPPendDate>
          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
          <Reviews>
            <CPPreviewDate>2016-09-15</CPPreviewDate>
          </Reviews>
        </ChildProtectionPlans>
      </CINdetails>
    </Child>
  </Children>
</Message>
)";
// Line numbers in kClean (line 1 is the XML declaration).
constexpr int kChildLine = 19, kIdentifiersLine = 20, kLAchildIDLine = 21, kGenderLine = 25,
              kCINdetailsLine = 34, kReferralSourceLine = 36, kSection47Line = 52,
              kICPCnotRequiredLine = 56, kCPPstartDateLine = 60, kChildLines = 52;  // lines 19..70

// kClean with `from` (which must occur) replaced by `to`.
std::string with(std::string xml, const std::string& from, const std::string& to) {
  auto at = xml.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) xml.replace(at, from.size(), to);
  return xml;
}
std::string with(const std::string& from, const std::string& to) { return with(kClean, from, to); }

CensusFile read(const std::string& xml) { return read_census_text(xml, "census.xml"); }

// The problems as people see them, one a line.
std::string lines(const CensusFile& f) {
  std::string out;
  for (const auto& p : f.problems) out += to_string(p) + "\n";
  return out;
}

Date d(const char* iso) { return *Date::parse(iso); }

TEST(CensusReader, ReadsEveryField) {
  CensusFile f = read(kClean);
  EXPECT_FALSE(f.unreadable);
  EXPECT_EQ(lines(f), "");
  const CensusHeader& h = f.census.header;
  EXPECT_EQ(h.la, "301");
  EXPECT_EQ(h.collection_year, 2017);
  EXPECT_EQ(h.reference_date, d("2017-03-31"));
  EXPECT_EQ(h.software_code, "Lens");
  EXPECT_EQ(h.release, "1");
  EXPECT_EQ(h.serial_no, "001");
  EXPECT_EQ(h.date_time, "2017-05-01T09:30:00");

  ASSERT_EQ(f.census.children.size(), 1u);
  const Child& c = f.census.children[0];
  EXPECT_EQ(c.la, "301");
  EXPECT_EQ(c.la_child_id, "C1");
  EXPECT_EQ(c.upn, "A123456789012");
  EXPECT_EQ(c.former_upn, "B12345678901C");
  EXPECT_EQ(c.upn_unknown, "");
  EXPECT_EQ(c.birth, d("2010-06-15"));
  EXPECT_FALSE(c.expected_birth);
  EXPECT_EQ(c.gender, "2");
  EXPECT_EQ(c.ethnicity, "WBRI");
  EXPECT_EQ(c.disabilities, (std::vector<std::string>{"AUT", "LD"}));

  ASSERT_EQ(c.episodes.size(), 1u);
  const CinEpisode& e = c.episodes[0];
  EXPECT_EQ(e.referral, d("2016-05-03"));
  EXPECT_EQ(e.source, "3A");
  EXPECT_EQ(e.primary_need, "N1");
  EXPECT_EQ(e.closure, d("2017-02-10"));
  EXPECT_EQ(e.closure_reason, "RC7");
  EXPECT_FALSE(e.icpc);
  EXPECT_FALSE(e.nfa);
  ASSERT_EQ(e.assessments.size(), 1u);
  EXPECT_EQ(e.assessments[0].start, d("2016-05-04"));
  EXPECT_EQ(e.assessments[0].authorised, d("2016-06-20"));
  EXPECT_EQ(e.assessments[0].factors, (std::vector<std::string>{"3A", "4B"}));
  ASSERT_EQ(e.cin_plans.size(), 1u);
  EXPECT_EQ(e.cin_plans[0].end, d("2016-07-01"));
  ASSERT_EQ(e.section47s.size(), 1u);
  EXPECT_EQ(e.section47s[0].icpc, d("2016-06-20"));
  EXPECT_EQ(e.section47s[0].icpc_target, d("2016-06-22"));
  EXPECT_FALSE(e.section47s[0].icpc_not_required);
  ASSERT_EQ(e.cp_plans.size(), 1u);
  EXPECT_EQ(e.cp_plans[0].initial_category, "NEG");
  EXPECT_EQ(e.cp_plans[0].latest_category, "EMO");
  EXPECT_EQ(e.cp_plans[0].previous_plans, 0);  // 0 is accepted: spec/indicators.md
  EXPECT_EQ(e.cp_plans[0].reviews, (std::vector<Date>{d("2016-09-15")}));

  // Where each record starts, for validation rules.
  EXPECT_EQ(f.lines.header, 3);
  ASSERT_EQ(f.lines.children.size(), 1u);
  EXPECT_EQ(f.lines.children[0].child, kChildLine);
  ASSERT_EQ(f.lines.children[0].episodes.size(), 1u);
  EXPECT_EQ(f.lines.children[0].episodes[0].episode, kCINdetailsLine);
  EXPECT_EQ(f.lines.children[0].episodes[0].section47s, std::vector<int>{kSection47Line});
}

TEST(CensusReader, ImpossibleDateIsAnError) {
  CensusFile f = read(with("<CPPstartDate>2016-06-20<", "<CPPstartDate>2019-02-30<"));
  ASSERT_EQ(f.problems.size(), 1u);
  const Problem& p = f.problems[0];
  EXPECT_EQ(p.severity, Severity::Error);
  EXPECT_EQ(p.line, kCPPstartDateLine);
  EXPECT_EQ(p.child, "C1");
  EXPECT_EQ(p.field, "CPPstartDate");
  EXPECT_EQ(p.table, "ChildProtectionPlans");
  EXPECT_EQ(p.rule, "");
  EXPECT_EQ(to_string(p), "census.xml:60: child C1: <CPPstartDate> 2019-02-30 is not a date (expected YYYY-MM-DD)");
  EXPECT_FALSE(f.unreadable);
  EXPECT_EQ(f.census.children.size(), 1u);  // still returned, for the report
}

TEST(CensusReader, DatesMustBeXsDates) {
  for (const char* bad : {"2016-6-20", "20/06/2016", "2016-06-20T00:00:00", "2016-13-01", "tomorrow"}) {
    CensusFile f = read(with("<CPPstartDate>2016-06-20<", std::string("<CPPstartDate>") + bad + "<"));
    ASSERT_EQ(f.problems.size(), 1u) << bad;
    EXPECT_EQ(f.problems[0].message, std::string(bad) + " is not a date (expected YYYY-MM-DD)");
  }
}

TEST(CensusReader, UnknownCodeListsTheCodes) {
  CensusFile f = read(with("<ReferralSource>3A<", "<ReferralSource>XYZ<"));
  EXPECT_EQ(lines(f),
            "census.xml:36: child C1: <ReferralSource> 'XYZ' is not a referral source code; expected one of "
            "1A, 1B, 1C, 1D, 2A, 2B, 3A, 3B, 3C, 3D, 3E, 3F, 4, 5A, 5B, 5C, 5D, 6, 7, 8, 9, 10\n");
  EXPECT_EQ(f.problems[0].line, kReferralSourceLine);
  // Each coded element is checked against its own list.
  struct Case {
    const char* from;
    const char* to;
    const char* message;
  };
  for (const Case& c : {
           Case{"<GenderCurrent>2<", "<GenderCurrent>M<", "'M' is not a gender code; expected one of 1, 2, 0, 9"},
           Case{"<Ethnicity>WBRI<", "<Ethnicity>WBR<", "'WBR' is not an ethnicity code; expected one of WBRI, "
                "WIRI, WIRT, WOTH, WROM, MWBC, MWBA, MWAS, MOTH, AIND, APKN, ABAN, AOTH, BCRB, BAFR, BOTH, "
                "CHNE, OOTH, REFU, NOBT"},
           Case{"<Disability>LD<", "<Disability>XX<", "'XX' is not a disability code; expected one of NONE, MOB, "
                "HAND, PC, INC, COMM, LD, HEAR, VIS, BEH, CON, AUT, DDA"},
           Case{"<PrimaryNeedCode>N1<", "<PrimaryNeedCode>N10<", "'N10' is not a primary need code; expected one "
                "of N1, N2, N3, N4, N5, N6, N7, N8, N9, N0"},
           Case{"<ReasonForClosure>RC7<", "<ReasonForClosure>RC0<", "'RC0' is not a reason for closure code; "
                "expected one of RC1, RC2, RC3, RC4, RC5, RC6, RC7, RC8, RC9"},
           Case{"<InitialCategoryOfAbuse>NEG<", "<InitialCategoryOfAbuse>neg<", "'neg' is not a category of "
                "abuse code; expected one of NEG, PHY, SAB, EMO, MUL"},
           Case{"<LatestCategoryOfAbuse>EMO<", "<LatestCategoryOfAbuse>X<", "'X' is not a category of abuse "
                "code; expected one of NEG, PHY, SAB, EMO, MUL"},
       }) {
    CensusFile g = read(with(c.from, c.to));
    ASSERT_EQ(g.problems.size(), 1u) << c.to;
    EXPECT_EQ(g.problems[0].message, c.message);
  }
  CensusFile g = read(with("<AssessmentFactors>4B<", "<AssessmentFactors>99<"));
  ASSERT_EQ(g.problems.size(), 1u);
  EXPECT_EQ(g.problems[0].message.substr(0, 62), "'99' is not an assessment factor code; expected one of 1A, 1B,");
  EXPECT_EQ(g.problems[0].table, "Assessments");
  // The model keeps values as written, even wrong ones, so a report can show them.
  EXPECT_EQ(g.census.children[0].episodes[0].assessments[0].factors, (std::vector<std::string>{"3A", "99"}));
  g = read(with("<FormerUPN>B12345678901C</FormerUPN>", "<UPNunknown>UN8</UPNunknown>"));
  ASSERT_EQ(g.problems.size(), 1u);
  EXPECT_EQ(g.problems[0].message,
            "'UN8' is not a UPN unknown reason code; expected one of UN1, UN2, UN3, UN4, UN5, UN6, UN7");
  // Codes only the 2017–2020 schemas had still read.
  EXPECT_EQ(lines(read(with("<AssessmentFactors>4B<", "<AssessmentFactors>18A<"))), "");
}

// Every element the schema requires (and the header items Lens requires) is reported when it is
// missing, on the line of the element that should hold it.
TEST(CensusReader, MissingRequiredElements) {
  struct Case {
    const char* element;  // removed from kClean (the whole line's element)
    int line;             // the containing element's line
    const char* table;
  };
  for (const Case& c : {
           Case{"<GenderCurrent>2</GenderCurrent>", kIdentifiersLine, "ChildIdentifiers"},
           Case{"<Ethnicity>WBRI</Ethnicity>", 27, "ChildCharacteristics"},
           Case{"<CINreferralDate>2016-05-03</CINreferralDate>", kCINdetailsLine, "CINdetails"},
           Case{"<ReferralSource>3A</ReferralSource>", kCINdetailsLine, "CINdetails"},
           Case{"<ReferralNFA>false</ReferralNFA>", kCINdetailsLine, "CINdetails"},
           Case{"<AssessmentActualStartDate>2016-05-04</AssessmentActualStartDate>", 40, "Assessments"},
           Case{"<CINPlanStartDate>2016-06-21</CINPlanStartDate>", 48, "CINplanDates"},
           Case{"<S47ActualStartDate>2016-06-01</S47ActualStartDate>", kSection47Line, "Section47"},
           Case{"<ICPCnotRequired>false</ICPCnotRequired>", kSection47Line, "Section47"},
           Case{"<CPPstartDate>2016-06-20</CPPstartDate>", 59, "ChildProtectionPlans"},
           Case{"<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>", 59, "ChildProtectionPlans"},
           Case{"<LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>", 59, "ChildProtectionPlans"},
           Case{"<NumberOfPreviousCPP>0</NumberOfPreviousCPP>", 59, "ChildProtectionPlans"},
           Case{"<LEA>301</LEA>", 9, "Header"},
           Case{"<Year>2017</Year>", 4, "Header"},
           Case{"<ReferenceDate>2017-03-31</ReferenceDate>", 4, "Header"},
       }) {
    std::string xml = with(c.element, "");
    std::string name = std::string(c.element).substr(1, std::string(c.element).find('>') - 1);
    CensusFile f = read(xml);
    ASSERT_EQ(f.problems.size(), 1u) << name << "\n" << lines(f);
    const Problem& p = f.problems[0];
    EXPECT_EQ(p.field, name);
    EXPECT_EQ(p.line, c.line) << name;
    EXPECT_EQ(p.table, c.table) << name;
    EXPECT_EQ(p.severity, Severity::Error);
    EXPECT_EQ(p.message.substr(0, 10), "is missing") << name;
    EXPECT_EQ(p.child, p.table == std::string("Header") ? "" : "C1");
  }
  // LAchildID missing: the problem cannot name the child.
  CensusFile f = read(with("<LAchildID>C1</LAchildID>", ""));
  EXPECT_EQ(lines(f), "census.xml:20: <LAchildID> is missing; every <ChildIdentifiers> must have one\n");
  // A child with no episode at all.
  std::string xml = kClean;
  xml.erase(xml.find("      <CINdetails>"), xml.find("    </Child>") - xml.find("      <CINdetails>"));
  EXPECT_EQ(lines(read(xml)), "census.xml:19: child C1: <CINdetails> is missing; every <Child> must have one\n");
  // No children at all.
  xml = kClean;
  xml.erase(xml.find("    <Child>"), xml.find("  </Children>") - xml.find("    <Child>"));
  EXPECT_EQ(lines(read(xml)), "census.xml:18: <Child> is missing; a census holds at least one child\n");
}

TEST(CensusReader, EmptyValues) {
  // An empty optional element is as if absent; an empty required one is an error.
  CensusFile f = read(with("<CINclosureDate>2017-02-10</CINclosureDate>", "<CINclosureDate/>"));
  EXPECT_EQ(lines(f), "");
  EXPECT_FALSE(f.census.children[0].episodes[0].closure);
  f = read(with("<GenderCurrent>2</GenderCurrent>", "<GenderCurrent>  </GenderCurrent>"));
  EXPECT_EQ(lines(f), "census.xml:25: child C1: <GenderCurrent> is empty\n");
}

TEST(CensusReader, ValuesAreTrimmed) {
  CensusFile f = read(with("<CPPstartDate>2016-06-20<", "<CPPstartDate>\n  2016-06-20  \n<"));
  EXPECT_EQ(lines(f), "");
  EXPECT_EQ(f.census.children[0].episodes[0].cp_plans[0].start, d("2016-06-20"));
}

TEST(CensusReader, UpnShape) {
  // upntype: a letter and 12 digits, or a letter, 11 digits and a letter.
  for (const char* good : {"A123456789012", "z12345678901Q"})
    EXPECT_EQ(lines(read(with("A123456789012", good))), "") << good;
  for (const char* bad : {"A12345678901", "1123456789012", "A1234567890123", "A12345678901QQ", "AB23456789012"}) {
    CensusFile f = read(with("A123456789012", bad));
    ASSERT_EQ(f.problems.size(), 1u) << bad;
    EXPECT_EQ(f.problems[0].message, std::string("'") + bad +
                                         "' is not a UPN; expected 13 characters: a letter, 11 digits, then a "
                                         "digit or a letter");
    EXPECT_EQ(f.problems[0].field, "UPN");
  }
  CensusFile f = read(with("B12345678901C", "B12345"));
  ASSERT_EQ(f.problems.size(), 1u);
  EXPECT_EQ(f.problems[0].field, "FormerUPN");
}

TEST(CensusReader, YesNoValues) {
  // yesnotype: true, false, TRUE, FALSE, 1, 0.
  for (auto [text, value] : {std::pair{"true", true}, {"TRUE", true}, {"1", true}, {"false", false},
                             {"FALSE", false}, {"0", false}}) {
    CensusFile f = read(with("<ICPCnotRequired>false<", std::string("<ICPCnotRequired>") + text + "<"));
    EXPECT_EQ(lines(f), "") << text;
    EXPECT_EQ(f.census.children[0].episodes[0].section47s[0].icpc_not_required, value) << text;
  }
  for (const char* bad : {"True", "yes", "Y", "2"}) {
    CensusFile f = read(with("<ICPCnotRequired>false<", std::string("<ICPCnotRequired>") + bad + "<"));
    ASSERT_EQ(f.problems.size(), 1u) << bad;
    EXPECT_EQ(f.problems[0].line, kICPCnotRequiredLine);
    EXPECT_EQ(f.problems[0].message,
              std::string("'") + bad + "' is not a yes/no value; expected true, false, TRUE, FALSE, 1 or 0");
  }
}

TEST(CensusReader, NumberOfPreviousPlans) {
  for (auto [text, value] : {std::pair{"0", 0}, {"3", 3}, {"+2", 2}, {"007", 7}}) {
    CensusFile f = read(with("<NumberOfPreviousCPP>0<", std::string("<NumberOfPreviousCPP>") + text + "<"));
    EXPECT_EQ(lines(f), "") << text;
    EXPECT_EQ(f.census.children[0].episodes[0].cp_plans[0].previous_plans, value);
  }
  for (const char* bad : {"-1", "two", "1.5", "99999"}) {
    CensusFile f = read(with("<NumberOfPreviousCPP>0<", std::string("<NumberOfPreviousCPP>") + bad + "<"));
    ASSERT_EQ(f.problems.size(), 1u) << bad;
    EXPECT_EQ(f.problems[0].message, std::string("'") + bad + "' is not a whole number of 0 or more (up to 9999)");
  }
}

TEST(CensusReader, HeaderValues) {
  EXPECT_EQ(lines(read(with("<LEA>301<", "<LEA>31<"))),
            "census.xml:11: <LEA> '31' is not an LA number; expected 3 digits\n");
  EXPECT_EQ(lines(read(with("<Year>2017<", "<Year>17<"))),
            "census.xml:6: <Year> '17' is not a year; expected 4 digits (YYYY)\n");
  EXPECT_EQ(lines(read(with("<ReferenceDate>2017-03-31<", "<ReferenceDate>2017-03-32<"))),
            "census.xml:7: <ReferenceDate> 2017-03-32 is not a date (expected YYYY-MM-DD)\n");
  EXPECT_EQ(lines(read(with("<Collection>CIN<", "<Collection>CLA<"))),
            "census.xml:5: <Collection> 'CLA' is not CIN; this is not a CIN census\n");
  EXPECT_EQ(lines(read(with("<SerialNo>001<", "<SerialNo>1<"))),
            "census.xml:14: <SerialNo> '1' is not a serial number; expected 3 or more digits\n");
  for (const char* good : {"2017-05-01T09:30:00Z", "2017-05-01T09:30:00.123+01:00"})
    EXPECT_EQ(lines(read(with("2017-05-01T09:30:00", good))), "") << good;
  EXPECT_EQ(lines(read(with("2017-05-01T09:30:00", "2017-05-01 09:30"))),
            "census.xml:15: <DateTime> 2017-05-01 09:30 is not a date and time (expected YYYY-MM-DDThh:mm:ss)\n");
}

TEST(CensusReader, DuplicateChildId) {
  // A second copy of the child: lines 19..70 again, so it starts on line 71 and its LAchildID is
  // on line 71 + 2 = 73.
  std::size_t from = kClean.find("    <Child>");
  std::size_t to = kClean.find("  </Children>");
  std::string xml = kClean;
  xml.insert(to, kClean.substr(from, to - from));
  CensusFile f = read(xml);
  EXPECT_EQ(lines(f),
            "census.xml:73: child C1: <LAchildID> 'C1' is also the LA child id of the child on line 21; each "
            "child must appear once in a census\n");
  EXPECT_EQ(f.census.children.size(), 2u);
  EXPECT_EQ(f.lines.children[1].child, kChildLine + kChildLines);
}

TEST(CensusReader, UnknownElementIsAWarning) {
  CensusFile f = read(with("<GenderCurrent>2</GenderCurrent>", "<GenderCurrent>2</GenderCurrent><Nickname>Bo</Nickname>"));
  EXPECT_EQ(lines(f),
            "census.xml:25: warning: child C1: <Nickname> is not a CIN census element inside <ChildIdentifiers>; "
            "it is ignored\n");
  EXPECT_FALSE(has_errors(f.problems));
}

TEST(CensusReader, RepeatedSingleElementIsAnError) {
  CensusFile f = read(with("<GenderCurrent>2</GenderCurrent>", "<GenderCurrent>2</GenderCurrent><GenderCurrent>1</GenderCurrent>"));
  EXPECT_EQ(lines(f),
            "census.xml:25: child C1: <GenderCurrent> appears more than once in <ChildIdentifiers> (first on line "
            "25); only the first is read\n");
  EXPECT_EQ(f.census.children[0].gender, "2");
}

TEST(CensusReader, ElementOrderIsNotReliedOn) {
  // ReferralNFA moved to the front of CINdetails, GenderCurrent before LAchildID.
  std::string xml = with("        <ReferralNFA>false</ReferralNFA>\n", "");
  xml = with(xml, "<CINreferralDate>", "<ReferralNFA>true</ReferralNFA><CINreferralDate>");
  xml = with(xml, "<LAchildID>C1</LAchildID>", "<GenderCurrent>1</GenderCurrent><LAchildID>C1</LAchildID>");
  xml = with(xml, "        <GenderCurrent>2</GenderCurrent>\n", "");
  CensusFile f = read(xml);
  EXPECT_EQ(lines(f), "");
  EXPECT_TRUE(f.census.children[0].episodes[0].nfa);
  EXPECT_EQ(f.census.children[0].gender, "1");
}

TEST(CensusReader, OnePassFindsEveryProblem) {
  std::string xml = with("<GenderCurrent>2<", "<GenderCurrent>5<");
  xml = with(xml, "<ReferralSource>3A<", "<ReferralSource>11<");
  xml = with(xml, "<CPPstartDate>2016-06-20<", "<CPPstartDate>2019-02-30<");
  CensusFile f = read(xml);
  ASSERT_EQ(f.problems.size(), 3u);
  EXPECT_EQ(f.problems[0].line, kGenderLine);  // in document order
  EXPECT_EQ(f.problems[1].line, kReferralSourceLine);
  EXPECT_EQ(f.problems[2].line, kCPPstartDateLine);
}

TEST(CensusReader, CapsTheProblemsItKeeps) {
  // 3,400 children with 3 errors each = 10,200 problems: the first 10,000 are kept and one more
  // says how many were left out (200).
  std::size_t from = kClean.find("    <Child>");
  std::size_t to = kClean.find("  </Children>");
  std::string child = kClean.substr(from, to - from);
  child = with(child, "<GenderCurrent>2<", "<GenderCurrent>5<");
  child = with(child, "<ReferralSource>3A<", "<ReferralSource>11<");
  child = with(child, "<LAchildID>C1<", "<LAchildID>C{}<");
  std::string children;
  for (int i = 0; i < 3400; ++i) {
    std::string c = child;
    c.replace(c.find("C{}"), 3, "C" + std::to_string(i));
    children += c;
  }
  std::string xml = kClean;
  xml.replace(from, to - from, children);
  xml = with(xml, "<Year>2017<", "<Year>17<");  // the third error: once, in the header
  // 3,400 × 2 + 1 = 6,801; add a bad date per child to pass the cap: 3,400 × 3 + 1 = 10,201.
  for (std::size_t at = xml.find("<CPPstartDate>2016-06-20<"); at != std::string::npos;
       at = xml.find("<CPPstartDate>2016-06-20<", at))
    xml.replace(at, 25, "<CPPstartDate>2016-06-31<");
  CensusFile f = read(xml);
  ASSERT_EQ(f.problems.size(), kMaxProblemsPerFile + 1);
  EXPECT_EQ(to_string(f.problems.back()),
            "census.xml: … and 201 more problems not listed (only the first 10,000 are shown)");
  EXPECT_EQ(f.problems.back().severity, Severity::Error);
  EXPECT_EQ(f.census.children.size(), 3400u);
}

TEST(CensusReader, Utf16AndByteOrderMarks) {
  // The same census in other encodings reads the same, with the same line numbers (line 60 for
  // the bad date, as in kClean).
  std::string xml = with("<CPPstartDate>2016-06-20<", "<CPPstartDate>2019-02-30<");
  auto utf16 = [](const std::string& ascii, bool little, bool bom) {
    std::string out;
    if (bom) out += little ? std::string("\xFF\xFE") : std::string("\xFE\xFF");
    for (char c : ascii) {
      if (little) out += c, out += '\0';
      else out += '\0', out += c;
    }
    return out;
  };
  const std::string expected = "census.xml:60: child C1: <CPPstartDate> 2019-02-30 is not a date (expected YYYY-MM-DD)\n";
  EXPECT_EQ(lines(read("\xEF\xBB\xBF" + xml)), expected);  // UTF-8 with a byte order mark
  EXPECT_EQ(lines(read(utf16(xml, true, true))), expected);
  EXPECT_EQ(lines(read(utf16(xml, false, true))), expected);
  EXPECT_EQ(lines(read(utf16(xml, true, false))), expected);
  EXPECT_EQ(read(utf16(xml, true, true)).census.children[0].la_child_id, "C1");
}

// ---- unreadable files -------------------------------------------------------------------------

void expect_unreadable(const CensusFile& f, const std::string& line) {
  EXPECT_TRUE(f.unreadable);
  EXPECT_TRUE(f.census.children.empty());
  EXPECT_EQ(lines(f), line + "\n");
}

TEST(CensusReader, EmptyFileIsUnreadable) {
  expect_unreadable(read(""), "census.xml: is empty: a CIN census XML file was expected");
  expect_unreadable(read("  \n \n"), "census.xml: is empty: a CIN census XML file was expected");
}

TEST(CensusReader, TruncatedFileIsUnreadable) {
  // Cut in the middle of line 60.
  std::string xml = kClean.substr(0, kClean.find("<CPPstartDate>") + 20);
  expect_unreadable(read(xml), "census.xml:60: ends before its XML is complete: the file looks cut short (was it "
                               "fully copied?)");
}

TEST(CensusReader, MalformedXmlIsUnreadable) {
  // A closing tag that closes the wrong element, far from the end of the file: line 25.
  expect_unreadable(read(with("<GenderCurrent>2</GenderCurrent>", "<GenderCurrent>2</Gender>")),
                    "census.xml:25: is not well-formed XML: the closing tag </Gender> does not match the element it "
                    "closes (a tag is mistyped, missing or extra)");
}

TEST(CensusReader, WrongRootIsUnreadable) {
  expect_unreadable(read("<?xml version=\"1.0\"?>\n<Episodes>\n</Episodes>\n"),
                    "census.xml:2: starts with <Episodes>, not <Message>: this is not a CIN census XML file");
  expect_unreadable(read("CHILD,DOB\n1,2010-01-01\n"),
                    "census.xml:1: has no XML element: this is not a CIN census XML file (it should start with "
                    "<Message>)");
}

TEST(CensusReader, MissingFileIsUnreadable) {
  expect_unreadable(read_census_file("/nonexistent/census.xml"),
                    "/nonexistent/census.xml: cannot be opened: No such file or directory");
  expect_unreadable(read_census_file(std::filesystem::temp_directory_path().string()),
                    std::filesystem::temp_directory_path().string() + ": is a folder, not a file");
}

TEST(CensusReader, ReadsFromDisk) {
  auto path = std::filesystem::temp_directory_path() / ("lens_census_reader_test_" + std::to_string(getpid()) + ".xml");
  {
    std::ofstream out(path, std::ios::binary);
    out << kClean;
  }
  CensusFile f = read_census_file(path.string());
  std::filesystem::remove(path);
  EXPECT_EQ(f.path, path.string());
  EXPECT_EQ(lines(f), "");
  EXPECT_EQ(f.census.children.size(), 1u);
}

TEST(CensusReader, LargeRandomFileIsUnreadableAndQuick) {
  // 16 MiB of random bytes (fixed seed): one problem, no children, well under a second.
  std::mt19937 gen(20170331);
  std::string bytes(16 << 20, '\0');
  for (auto& b : bytes) b = static_cast<char>(gen() & 0xff);
  auto start = std::chrono::steady_clock::now();
  CensusFile f = read(bytes);
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(f.unreadable);
  EXPECT_EQ(f.problems.size(), 1u);
  EXPECT_TRUE(f.census.children.empty());
  EXPECT_LT(took, std::chrono::seconds(5));  // generous for sanitizer builds
}

}  // namespace
}  // namespace lens::cin
