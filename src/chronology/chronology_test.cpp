#include "chronology/chronology.hpp"

#include <gtest/gtest.h>

#include "support/sample_census.hpp"

namespace lens::chronology {
namespace {

using lens::testing::day;

std::vector<std::string> types(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.date.iso() + " " + e.type);
  return out;
}

TEST(Chronology, MergesEveryRecordNewestFirst) {
  // full_child: episode 1 referral 2015-06-01, assessments 06-02 (reviewed 06-10, done 07-01)
  // and 09-01 (open), s47 06-03 with ICPC 06-20 (episode ICPC the same day: shown once), CIN
  // plan 07-02..08-01, CP plan 06-20..2016-01-10 with reviews 09-15 and 12-20, closed
  // 2016-01-15; episode 2 referred 2016-11-30 with no further action.
  auto events = build_chronology(lens::testing::full_child("C1"));
  EXPECT_EQ(types(events), (std::vector<std::string>{
                               "2016-11-30 referral",
                               "2016-01-15 closure",
                               "2016-01-10 cp_plan_end",
                               "2015-12-20 cp_review",
                               "2015-09-15 cp_review",
                               "2015-09-01 assessment_start",
                               "2015-08-01 cin_plan_end",
                               "2015-07-02 cin_plan_start",
                               "2015-07-01 assessment_authorised",
                               // Same day: the plan starts after the conference that made it.
                               "2015-06-20 cp_plan_start",
                               "2015-06-20 icpc",
                               "2015-06-10 assessment_review",
                               "2015-06-03 s47_start",
                               "2015-06-02 assessment_start",
                               "2015-06-01 referral",
                           }));
  EXPECT_EQ(events.front().episode, 2);
  EXPECT_EQ(events.front().detail, "Source 6; no further action");
  EXPECT_EQ(events.back().detail, "Source 5A; primary need N1");
  EXPECT_EQ(events[2].detail, "Latest category EMO");  // initial NEG, latest EMO
  EXPECT_EQ(events[8].detail, "Factors 3A, 4B");
  EXPECT_EQ(events[0].agency, "Children's social care");
  EXPECT_EQ(events[1].title, "Case closed");
}

// A looked-after episode as the 903 has it (home and placement postcodes, URN left out).
LacEpisode lac_episode(const char* start, const char* rne, const char* legal_status,
                       const char* placement, OptDate end, const char* reason_ceased,
                       const char* reason_place_change = "") {
  return {day(start), rne, legal_status, "N1", placement, "PR1", end, reason_ceased,
          reason_place_change, "", "", ""};
}

std::vector<const Event*> of_type(const std::vector<Event>& events, const std::string& type) {
  std::vector<const Event*> out;
  for (const auto& e : events)
    if (e.type == type) out.push_back(&e);
  return out;
}

TEST(Chronology, LookedAfterRecordsJoinTheCinJourneyAsOneStory) {
  // Referred 3 May 2016; a child protection plan from 20 May ends on 1 June, the day the child
  // comes into care under police protection (L1). An interim care order (C1) follows on 3 June
  // in the same placement (a new episode the same day: the same period of care, a legal status
  // change); on 10 September the placement changes to a children's home (K2). Missing 1-3 July,
  // away without authorisation and back on 5 August; reviewed 28 June and 20 September. Home on
  // 20 January 2017 (E4A); looked after again, under section 20, from 10 February: a second
  // period of care.
  Child child;
  child.la = "301";
  child.la_child_id = "J1";
  CinEpisode ep;
  ep.referral = day("2016-05-03");
  ep.source = "5A";
  ep.cp_plans.push_back({day("2016-05-20"), day("2016-06-01"), "NEG", "NEG", 0, {}});
  child.episodes.push_back(ep);
  LookedAfterChild lac;
  lac.la = "301";
  lac.la_child_id = "J1";
  lac.episodes = {lac_episode("2016-06-01", "S", "L1", "U3", day("2016-06-03"), "X1"),
                  lac_episode("2016-06-03", "L", "C1", "U3", day("2016-09-10"), "X1", "CARPL"),
                  lac_episode("2016-09-10", "P", "C1", "K2", day("2017-01-20"), "E4A"),
                  lac_episode("2017-02-10", "S", "V2", "U1", std::nullopt, "")};
  lac.reviews = {{day("2016-06-28"), "PN1"}, {day("2016-09-20"), "PN5"}};
  lac.missing = {{"M", day("2016-07-01"), day("2016-07-03")}, {"A", day("2016-08-05"), day("2016-08-05")}};

  auto events = build_chronology(child, &lac);
  EXPECT_EQ(types(events), (std::vector<std::string>{
                               "2017-02-10 care_start",
                               "2017-01-20 care_end",
                               "2016-09-20 lac_review",
                               "2016-09-10 placement_change",
                               // Same day: back after going away (newest first).
                               "2016-08-05 missing_return",
                               "2016-08-05 missing",
                               "2016-07-03 missing_return",
                               "2016-07-01 missing",
                               "2016-06-28 lac_review",
                               "2016-06-03 legal_status_change",
                               // Same day: the child comes into care, then the plan ends.
                               "2016-06-01 cp_plan_end",
                               "2016-06-01 care_start",
                               "2016-05-20 cp_plan_start",
                               "2016-05-03 referral",
                           }));
  EXPECT_EQ(events[0].period_of_care, 2);
  EXPECT_EQ(events[0].episode, 0);
  EXPECT_EQ(events[0].detail,
            "Legal status V2 (Single period of accommodation under section 20 (Children Act "
            "1989)); placement U1 (Foster placement with relative(s) or friend(s) – long term "
            "fostering); need N1 (Abuse or neglect)");
  EXPECT_EQ(events[1].period_of_care, 1);
  EXPECT_EQ(events[1].title, "Period of care ended");
  EXPECT_EQ(events[1].detail.rfind("Reason E4A (Returned home to live with parent(s)", 0), 0u);
  EXPECT_EQ(events[2].detail, "Participation PN5 (Child does not attend physically but briefs an "
                              "advocate to speak for him or her)");
  EXPECT_EQ(events[3].detail, "Placement K2 (Children's homes subject to Children's Homes "
                              "Regulations); reason CARPL (Change to/implementing care plan)");
  EXPECT_EQ(events[4].detail, "A (Away from placement without authorisation); the same day");
  EXPECT_EQ(events[6].detail, "M (Missing from care); after 2 days");
  EXPECT_EQ(events[9].detail, "From L1 to C1 (Interim care order)");
  EXPECT_EQ(events[10].episode, 1);  // the CIN event keeps its episode
  EXPECT_EQ(events[10].period_of_care, 0);
  for (const auto& e : events) EXPECT_EQ(e.agency, "Children's social care") << e.type;
}

TEST(Chronology, AChildReferredAndTakenIntoCareTheSameDayIsReferredFirst) {
  // Police protection on the day of the referral: the referral, then care (read oldest first).
  // A closed CIN episode ending that day comes before both.
  Child child;
  CinEpisode first, second;
  first.referral = day("2016-01-04");
  first.source = "1A";
  first.closure = day("2016-03-01");
  second.referral = day("2016-03-01");
  second.source = "5A";
  child.episodes = {first, second};
  LookedAfterChild lac;
  lac.episodes = {lac_episode("2016-03-01", "S", "L1", "U3", std::nullopt, "")};
  EXPECT_EQ(types(build_chronology(child, &lac)), (std::vector<std::string>{
                                                      "2016-03-01 care_start",
                                                      "2016-03-01 referral",
                                                      "2016-03-01 closure",
                                                      "2016-01-04 referral",
                                                  }));
}

TEST(Chronology, YearlyRecordsAreDatedAsTheReturnDatesThem) {
  // A child known only from the 903 (no CIN episodes), born 15 June 2000.
  Child none;
  LookedAfterChild lac;
  lac.birth = day("2000-06-15");
  // In care from 2 March 2015 to the adoption order of 12 December 2016 (E11).
  lac.episodes = {lac_episode("2015-03-02", "S", "C2", "U3", day("2016-12-12"), "E11")};
  lac.uasc = {{2015, std::nullopt}, {2016, day("2016-01-10")}};
  lac.health = {{2016, 12, "", false, std::nullopt, true, false, true, std::nullopt, std::nullopt,
                 std::nullopt}};
  lac.placed_for_adoption = {{day("2015-05-01"), day("2015-11-01"), "RD3"}};
  lac.adoptions = {{2017, day("2016-06-01"), day("2016-09-01"), true, 2, "MF", "L11"}};
  lac.care_leaver = {{2018, "YES", "F2", "D1"}};
  lac.social_workers = {{"SW1", day("2016-04-01"), day("2016-10-01"), "LEFTRL"},
                        {"SW2", day("2016-10-01"), std::nullopt, ""}};
  auto events = build_chronology(none, &lac);
  auto one = [&](const char* type) {
    auto found = of_type(events, type);
    EXPECT_EQ(found.size(), 1u) << type;
    return found.empty() ? Event{} : *found.front();
  };
  // UASC all year with no end: 31 March of the year; ceased: the day it ended.
  auto uasc = of_type(events, "uasc");
  ASSERT_EQ(uasc.size(), 2u);
  EXPECT_EQ(uasc[0]->date, day("2016-01-10"));
  EXPECT_EQ(uasc[0]->detail, "Ceased to be UASC (2015-16 return)");
  EXPECT_EQ(uasc[1]->date, day("2015-03-31"));
  EXPECT_EQ(uasc[1]->detail, "UASC during 2014-15");
  // OC2 outcomes are as at 31 March; only the fields the return filled are said.
  auto health = one("health_assessment");
  EXPECT_EQ(health.date, day("2016-03-31"));
  EXPECT_EQ(health.detail, "Year to 31 March 2016: health assessment yes, immunisations yes, "
                           "teeth check no, SDQ score 12, convicted no");
  // The placement decision of May 2015 was reversed in November; the AD1 decision of June 2016
  // is another one (a different date), so both are shown.
  EXPECT_EQ(of_type(events, "adoption_decision").size(), 2u);
  EXPECT_EQ(one("adoption_decision_reversed").detail,
            "Reason RD3 (Prospective adopters could not be found)");
  auto match = one("adoption_match");
  EXPECT_EQ(match.date, day("2016-09-01"));
  EXPECT_EQ(match.detail, "2 adopters, MF (Male/female couple), L11 (Different gender married "
                          "couple); adopted by their foster carer(s)");
  // Adopted on the day the episode ended E11, in the AD1 year (2016-17).
  auto adopted = one("adoption");
  EXPECT_EQ(adopted.date, day("2016-12-12"));
  EXPECT_EQ(one("care_end").date, day("2016-12-12"));
  // OC3 for 2017-18: the birthday in that year is 15 June 2017, the 17th.
  auto leaver = one("care_leaver");
  EXPECT_EQ(leaver.date, day("2017-06-15"));
  EXPECT_EQ(leaver.detail.rfind("Aged 17; in touch YES (Yes – in touch); activity F2 (Full "
                                "time in education other than higher education); accommodation D1",
                                0),
            0u);
  auto workers = of_type(events, "social_worker");
  ASSERT_EQ(workers.size(), 2u);
  EXPECT_EQ(workers[0]->detail,
            "Social worker SW2; previous worker SW1 changed: LEFTRL (Social worker left the role)");
  EXPECT_EQ(workers[1]->detail, "Social worker SW1");
  for (const auto& e : events) EXPECT_EQ(e.period_of_care, e.date < day("2015-03-02") ? 0 : 1) << e.type;

  // A birthday in January to March falls in the calendar year the return ends: born 10 February
  // 2000, the 2017-18 OC3 is dated 10 February 2018, the 18th birthday.
  lac.birth = day("2000-02-10");
  auto again = build_chronology(none, &lac);
  auto later = of_type(again, "care_leaver");
  ASSERT_EQ(later.size(), 1u);
  EXPECT_EQ(later[0]->date, day("2018-02-10"));
  EXPECT_EQ(later[0]->detail.rfind("Aged 18;", 0), 0u);
}

TEST(Chronology, AChildWithNoRecordsHasAnEmptyChronology) {
  Child c;
  EXPECT_TRUE(build_chronology(c).empty());
}

TEST(Chronology, AnAdoptionWithNoEpisodeToDateItIsDatedAtTheYearsEnd) {
  Child none;
  LookedAfterChild lac;
  lac.adoptions = {{2017, std::nullopt, std::nullopt, std::nullopt, std::nullopt, "", ""}};
  auto events = build_chronology(none, &lac);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, day("2017-03-31"));
  EXPECT_EQ(events[0].detail, "Adopted during 2016-17 (no episode gives the date)");
  EXPECT_EQ(events[0].period_of_care, 0);  // no period of care held
}

TEST(Chronology, LabelsAreKnownForEveryType) {
  for (const auto& t : event_types()) EXPECT_EQ(event_label(t.code), t.label);
  EXPECT_EQ(event_label("unknown"), "unknown");
}

}  // namespace
}  // namespace lens::chronology
