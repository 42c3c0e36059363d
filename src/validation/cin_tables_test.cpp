// A census flattened into the tables the DfE rules read: columns, ids joining rows to their child
// and episode, lines, and text kept as written (a wrong date stays, for the rules to name).
#include "validation/cin_tables.hpp"

#include <gtest/gtest.h>

namespace lens::validation {
namespace {

// The lines the tables must give count the <?xml line as line 1.
const std::string kCensus = R"(<?xml version="1.0" encoding="UTF-8"?>
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
    </Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers>
        <LAchildID> C1 </LAchildID>
        <PersonBirthDate>2009-02-30</PersonBirthDate>
        <GenderCurrent>1</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>WBRI</Ethnicity>
        <Disabilities>
          <Disability>MOB</Disability>
          <Disability>HAND</Disability>
        </Disabilities>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2016-04-04</CINreferralDate>
        <ReferralSource>6</ReferralSource>
        <ReferralNFA>false</ReferralNFA>
        <Assessments>
          <AssessmentActualStartDate>2016-04-05</AssessmentActualStartDate>
          <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>3A</AssessmentFactors>
            <AssessmentFactors>16A</AssessmentFactors>
          </FactorsIdentifiedAtAssessment>
        </Assessments>
      </CINdetails>
      <CINdetails>
        <CINreferralDate>2016-10-01</CINreferralDate>
        <ReferralSource>1A</ReferralSource>
        <ReferralNFA>0</ReferralNFA>
        <ChildProtectionPlans>
          <CPPstartDate>2016-10-20</CPPstartDate>
          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
          <Reviews>
            <CPPreviewDate>2016-12-01</CPPreviewDate>
          </Reviews>
        </ChildProtectionPlans>
        <ChildProtectionPlans>
          <CPPstartDate>2017-01-20</CPPstartDate>
          <InitialCategoryOfAbuse>EMO</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
          <NumberOfPreviousCPP>1</NumberOfPreviousCPP>
        </ChildProtectionPlans>
      </CINdetails>
    </Child>
    <Child>
      <ChildIdentifiers>
        <GenderCurrent>2</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>WBRI</Ethnicity>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2017-01-04</CINreferralDate>
        <ReferralSource>6</ReferralSource>
        <ReferralNFA>true</ReferralNFA>
      </CINdetails>
    </Child>
  </Children>
</Message>
)";

std::vector<std::string> row(const Table& t, std::size_t r) {
  std::vector<std::string> out;
  for (int c = 0; c < static_cast<int>(t.columns().size()); ++c) out.emplace_back(t.text(r, c));
  return out;
}

TEST(CinTables, TheCensusAsTheRulesReadIt) {
  CensusForRules read = read_census_text_for_rules(kCensus, "census.xml");
  ASSERT_FALSE(read.file.unreadable);
  const ReturnTables& r = read.tables;
  EXPECT_EQ(r.kind, ReturnKind::CinCensus);
  EXPECT_EQ(r.collection_year, 2017);
  EXPECT_EQ(r.la, "301");
  // Every table is there, even those the census has no records for.
  EXPECT_EQ(r.tables().size(), 11u);
  EXPECT_TRUE(r.has("Section47"));
  EXPECT_EQ(r.table("Section47").rows(), 0u);
  EXPECT_EQ(r.table("Section47").column("S47ActualStartDate"), 2);  // after LAchildID, CINdetailsID

  const Table& header = r.table("Header");
  ASSERT_EQ(header.rows(), 1u);
  EXPECT_EQ(header.line(0), 3);
  EXPECT_EQ(header.text(0, header.column("Year")), "2017");
  EXPECT_EQ(header.text(0, header.column("LEA")), "301");
  EXPECT_EQ(header.text(0, header.column("SoftwareCode")), "");  // not in the file: blank

  const Table& ids = r.table("ChildIdentifiers");
  ASSERT_EQ(ids.rows(), 2u);
  EXPECT_EQ(ids.line(0), 16);
  EXPECT_EQ(ids.child(0), "C1");  // trimmed
  // The impossible date is kept as written; as a date it is nothing.
  EXPECT_EQ(ids.text(0, ids.column("PersonBirthDate")), "2009-02-30");
  EXPECT_FALSE(ids.date(0, ids.column("PersonBirthDate")));
  EXPECT_EQ(ids.child(1), "");  // the second child has no LAchildID
  EXPECT_EQ(ids.line(1), 62);

  const Table& disabilities = r.table("Disabilities");
  ASSERT_EQ(disabilities.rows(), 2u);
  EXPECT_EQ(row(disabilities, 1), (std::vector<std::string>{"C1", "HAND"}));
  EXPECT_EQ(disabilities.line(1), 25);

  // Episodes are numbered within their child; assessments and plans within their episode.
  const Table& episodes = r.table("CINdetails");
  ASSERT_EQ(episodes.rows(), 3u);
  EXPECT_EQ(row(episodes, 0), (std::vector<std::string>{"C1", "1", "2016-04-04", "6", "", "", "", "", "false"}));
  EXPECT_EQ(episodes.line(0), 28);
  EXPECT_EQ(episodes.text(1, episodes.column("CINdetailsID")), "2");
  EXPECT_EQ(episodes.text(2, episodes.column("CINdetailsID")), "1");  // the second child's first
  EXPECT_EQ(episodes.child(2), "");

  const Table& factors = r.table("AssessmentFactors");
  ASSERT_EQ(factors.rows(), 2u);
  EXPECT_EQ(row(factors, 1), (std::vector<std::string>{"C1", "1", "1", "16A"}));
  EXPECT_EQ(factors.line(1), 36);
  EXPECT_EQ(r.table("Assessments").rows(), 1u);
  EXPECT_EQ(r.table("Assessments").line(0), 32);

  const Table& plans = r.table("ChildProtectionPlans");
  ASSERT_EQ(plans.rows(), 2u);
  EXPECT_EQ(row(plans, 1), (std::vector<std::string>{"C1", "2", "2", "2017-01-20", "", "EMO", "EMO", "1"}));
  const Table& reviews = r.table("Reviews");
  ASSERT_EQ(reviews.rows(), 1u);
  EXPECT_EQ(row(reviews, 0), (std::vector<std::string>{"C1", "2", "1", "2016-12-01"}));
  EXPECT_EQ(reviews.line(0), 50);
}

TEST(CinTables, AnUnreadableFileHasNoTables) {
  CensusForRules read = read_census_text_for_rules("<Message><Header>", "cut.xml");
  EXPECT_TRUE(read.file.unreadable);
  EXPECT_TRUE(read.tables.tables().empty());
}

}  // namespace
}  // namespace lens::validation
