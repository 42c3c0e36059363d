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

TEST(Chronology, AChildWithNoRecordsHasAnEmptyChronology) {
  Child c;
  EXPECT_TRUE(build_chronology(c).empty());
}

TEST(Chronology, LabelsAreKnownForEveryType) {
  for (const auto& t : event_types()) EXPECT_EQ(event_label(t.code), t.label);
  EXPECT_EQ(event_label("unknown"), "unknown");
}

}  // namespace
}  // namespace lens::chronology
