#include "returns/cin/census_writer.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "returns/cin/census_reader.hpp"

namespace lens::cin {
namespace {

Date d(const char* iso) { return *Date::parse(iso); }

std::string written(const Census& c) {
  std::ostringstream out;
  write_census(c, out);
  return out.str();
}

// Two children that between them use every field of the model, and values that need escaping.
Census full_census() {
  Census c;
  c.header = {.la = "301",
              .collection_year = 2017,
              .reference_date = d("2017-03-31"),
              .software_code = "Lens & co <test>",
              .release = "2.1",
              .serial_no = "007",
              .date_time = "2017-05-01T09:30:00Z"};
  Child a;
  a.la = "301";
  a.la_child_id = "RND000215205141";
  a.upn = "A123456789012";
  a.former_upn = "B12345678901C";
  a.birth = d("2010-06-15");
  a.gender = "1";
  a.death = d("2017-01-02");
  a.ethnicity = "MWBA";
  a.disabilities = {"AUT", "LD"};
  CinEpisode e1;
  e1.referral = d("2015-04-01");
  e1.source = "5D";
  e1.primary_need = "N1";
  e1.closure = d("2016-01-05");
  e1.closure_reason = "RC8";
  e1.icpc = d("2015-05-01");
  e1.nfa = false;
  e1.assessments = {{d("2015-04-02"), d("2015-04-20"), d("2015-05-20"), {"3A", "18B", "21"}},
                    {d("2015-09-01"), std::nullopt, std::nullopt, {}}};
  e1.cin_plans = {{d("2015-06-01"), d("2015-12-01")}, {d("2015-12-15"), std::nullopt}};
  e1.section47s = {{d("2015-04-10"), d("2015-05-01"), d("2015-04-30"), false},
                   {d("2015-10-01"), std::nullopt, std::nullopt, true}};
  e1.cp_plans = {{d("2015-04-30"), d("2016-01-05"), "NEG", "MUL", 2, {d("2015-07-30"), d("2015-12-30")}}};
  CinEpisode e2;
  e2.referral = d("2016-11-11");
  e2.source = "10";
  e2.nfa = true;
  a.episodes = {e1, e2};

  Child b;
  b.la = "301";
  b.la_child_id = "UNBORN-1";
  b.upn_unknown = "UN7";
  b.expected_birth = d("2017-06-01");
  b.gender = "0";
  b.ethnicity = "NOBT";
  CinEpisode e3;
  e3.referral = d("2017-02-01");
  e3.source = "3B";
  e3.nfa = true;
  b.episodes = {e3};
  c.children = {a, b};
  return c;
}

TEST(CensusWriter, RoundTripGivesEqualValues) {
  Census c = full_census();
  std::string xml = written(c);
  CensusFile back = read_census_text(xml, "written.xml");
  ASSERT_FALSE(back.unreadable);
  for (const auto& p : back.problems) ADD_FAILURE() << to_string(p);
  EXPECT_EQ(back.census.header, c.header);
  EXPECT_EQ(back.census.children, c.children);
}

TEST(CensusWriter, SameInputSameBytes) {
  Census c = full_census();
  std::string first = written(c);
  EXPECT_EQ(written(c), first);
  // And reading then writing again changes nothing.
  EXPECT_EQ(written(read_census_text(first, "x.xml").census), first);
}

TEST(CensusWriter, SchemaOrderAndOmittedOptionals) {
  // A child with only required fields; the bytes follow CIN_schema_2024.xsd's sequences, with
  // ReferralNFA after Section47 and before ChildProtectionPlans, as the schema has it.
  Census c;
  c.header.la = "201";
  c.header.collection_year = 2019;
  c.header.reference_date = d("2019-03-31");
  Child k;
  k.la_child_id = "K1";
  k.gender = "2";
  k.ethnicity = "WBRI";
  CinEpisode e;
  e.referral = d("2018-05-01");
  e.source = "6";
  e.nfa = false;
  e.section47s = {{d("2018-05-02"), std::nullopt, std::nullopt, true}};
  e.cp_plans = {{d("2018-05-20"), std::nullopt, "PHY", "PHY", 0, {}}};
  k.episodes = {e};
  c.children = {k};
  EXPECT_EQ(written(c), R"(<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails>
      <Collection>CIN</Collection>
      <Year>2019</Year>
      <ReferenceDate>2019-03-31</ReferenceDate>
    </CollectionDetails>
    <Source>
      <SourceLevel>L</SourceLevel>
      <LEA>201</LEA>
    </Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers>
        <LAchildID>K1</LAchildID>
        <GenderCurrent>2</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>WBRI</Ethnicity>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2018-05-01</CINreferralDate>
        <ReferralSource>6</ReferralSource>
        <Section47>
          <S47ActualStartDate>2018-05-02</S47ActualStartDate>
          <ICPCnotRequired>true</ICPCnotRequired>
        </Section47>
        <ReferralNFA>false</ReferralNFA>
        <ChildProtectionPlans>
          <CPPstartDate>2018-05-20</CPPstartDate>
          <InitialCategoryOfAbuse>PHY</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>PHY</LatestCategoryOfAbuse>
          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
        </ChildProtectionPlans>
      </CINdetails>
    </Child>
  </Children>
</Message>
)");
}

TEST(CensusWriter, EscapesText) {
  Census c = full_census();
  std::string xml = written(c);
  EXPECT_NE(xml.find("<SoftwareCode>Lens &amp; co &lt;test&gt;</SoftwareCode>"), std::string::npos);
}

}  // namespace
}  // namespace lens::cin
