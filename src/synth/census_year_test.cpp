#include "synth/census_year.hpp"

#include <gtest/gtest.h>

namespace lens::synth {
namespace {

Date d(const char* iso) { return *Date::parse(iso); }

// A child with three episodes: one closed before 2016-17, one open across 31 March 2017 with a
// CP plan, and one referred after it.
Child history() {
  Child c;
  c.la = "301";
  c.la_child_id = "1000001";
  c.upn = "V301200116001";
  c.birth = d("2011-06-01");
  c.gender = "2";
  c.ethnicity = "WBRI";
  CinEpisode old;
  old.referral = d("2015-01-05");
  old.source = "6";
  old.closure = d("2016-03-20");  // before 1 April 2016: not in the 2016-17 census
  old.closure_reason = "RC8";
  CinEpisode open;
  open.referral = d("2016-11-01");
  open.source = "2A";
  open.primary_need = "N1";
  open.closure = d("2017-09-30");
  open.closure_reason = "RC7";
  open.icpc = d("2016-11-22");
  open.assessments.push_back({d("2016-11-01"), std::nullopt, d("2016-12-20"), {"18C", "24A", "3B"}});
  open.assessments.push_back({d("2017-03-01"), std::nullopt, d("2017-04-20"), {"16A"}});
  open.section47s.push_back({d("2016-11-02"), d("2016-11-23"), d("2016-11-22"), false});
  open.cp_plans.push_back({d("2016-11-22"), d("2017-08-01"), "PHY", "NEG", 1,
                           {d("2017-02-20"), d("2017-07-30")}});
  open.cin_plans.push_back({d("2017-08-01"), d("2017-09-30")});
  CinEpisode later;
  later.referral = d("2017-05-01");
  later.source = "6";
  later.nfa = true;
  later.closure = d("2017-05-01");
  later.closure_reason = "RC8";
  c.episodes = {old, open, later};
  return c;
}

TEST(CensusYear, ADisabilityIsRecordedOnceAReferralWentFurther) {
  // history() records no disability. In 2017-18 the child's episodes are the open one (not
  // NFA: assessed, on a plan) and the May 2017 NFA referral, so the census writes NONE (DfE
  // rule 8540). With only the NFA referral in the year (the open episode dropped) nothing is
  // recorded; a disability already recorded is kept as it is.
  auto c = child_in_census(history(), 2018);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->disabilities, (std::vector<std::string>{"NONE"}));
  Child nfa_only = history();
  nfa_only.episodes.erase(nfa_only.episodes.begin() + 1);
  c = child_in_census(nfa_only, 2018);
  ASSERT_TRUE(c);
  ASSERT_EQ(c->episodes.size(), 1u);
  EXPECT_TRUE(c->disabilities.empty());
  Child disabled = history();
  disabled.disabilities = {"MOB"};
  c = child_in_census(disabled, 2018);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->disabilities, (std::vector<std::string>{"MOB"}));
}

TEST(CensusYear, TheYearRunsFromAprilToMarch) {
  EXPECT_EQ(collection_start(2017), d("2016-04-01"));
  EXPECT_EQ(reference_date(2017), d("2017-03-31"));
}

TEST(CensusYear, ShowsOnlyEpisodesOpenInTheYearAsTheyStoodOn31March) {
  auto c = child_in_census(history(), 2017);
  ASSERT_TRUE(c);
  ASSERT_EQ(c->episodes.size(), 1u);  // the 2015 episode closed before, the 2017 one is after
  const CinEpisode& e = c->episodes[0];
  EXPECT_EQ(e.referral, d("2016-11-01"));
  EXPECT_FALSE(e.closure);  // closed in September 2017: still open on 31 March
  EXPECT_EQ(e.closure_reason, "");
  ASSERT_EQ(e.assessments.size(), 2u);
  // The second assessment started on 1 March and was authorised in April: open, no factors.
  EXPECT_FALSE(e.assessments[1].authorised);
  EXPECT_TRUE(e.assessments[1].factors.empty());
  // 2016-17 uses the 2017 code list: 18C becomes 18A, and 24A (from 2022) becomes 20.
  EXPECT_EQ(e.assessments[0].factors, (std::vector<std::string>{"18A", "20", "3B"}));
  ASSERT_EQ(e.cp_plans.size(), 1u);
  EXPECT_FALSE(e.cp_plans[0].end);
  EXPECT_EQ(e.cp_plans[0].reviews, (std::vector<Date>{d("2017-02-20")}));
  EXPECT_EQ(e.cp_plans[0].latest_category, "PHY");
  EXPECT_TRUE(e.cin_plans.empty());  // CIN plan dates only from the 2024 census
  // Five on 31 March 2017 (born June 2011): the UPN stays.
  EXPECT_EQ(c->upn, "V301200116001");
}

TEST(CensusYear, AChildWithNothingOpenIsNotInTheCensus) {
  EXPECT_FALSE(child_in_census(history(), 2014));  // before the first referral
  EXPECT_TRUE(child_in_census(history(), 2015));   // the first episode, open in 2014-15
  EXPECT_FALSE(child_in_census(history(), 2019));  // everything closed by then
}

TEST(CensusYear, AnUnbornChildHasAnExpectedBirthDateAndGenderZero) {
  Child c = history();
  c.birth = d("2017-05-10");
  c.expected_birth = d("2017-05-14");
  auto in2017 = child_in_census(c, 2017);
  ASSERT_TRUE(in2017);
  EXPECT_FALSE(in2017->birth);
  EXPECT_EQ(in2017->expected_birth, d("2017-05-14"));
  EXPECT_EQ(in2017->gender, "0");
  EXPECT_EQ(in2017->upn, "");
  EXPECT_EQ(in2017->upn_unknown, "UN1");
  // A year later the child is born: the birth date only, and their gender.
  auto in2018 = child_in_census(c, 2018);
  ASSERT_TRUE(in2018);
  EXPECT_EQ(in2018->birth, d("2017-05-10"));
  EXPECT_FALSE(in2018->expected_birth);
  EXPECT_EQ(in2018->gender, "2");
}

TEST(CensusYear, LaterCodeListsKeepNewCodes) {
  Child c = history();
  recode_for_collection_year(c, 2024);
  EXPECT_EQ(c.episodes[1].assessments[0].factors, (std::vector<std::string>{"18C", "24A", "3B"}));
  EXPECT_EQ(c.episodes[1].cin_plans.size(), 1u);
  c.episodes[1].source = "5D";
  c.episodes[1].closure_reason = "RC9";
  recode_for_collection_year(c, 2022);
  EXPECT_EQ(c.episodes[1].source, "5B");
  EXPECT_EQ(c.episodes[1].closure_reason, "RC8");
}

}  // namespace
}  // namespace lens::synth
