#include <gtest/gtest.h>

#include "core/working_day_calendar.hpp"
#include "support/sample_census.hpp"
#include "timescales/due_list.hpp"

namespace lens::timescales {
namespace {

using lens::testing::day;

// An episode of care: start, end (if any), legal status; the rest as a 903 would have it.
LacEpisode episode(const char* start, OptDate end, const char* legal_status = "C2",
                   const char* reason_new = "S") {
  return {day(start), reason_new, legal_status, "N1", "U3", "PR1",
          end, end ? "X1" : "", "", "", "", ""};
}

struct Records {
  Child cin;
  LookedAfterChild lac;
  Records(std::vector<LacEpisode> episodes, std::vector<const char*> reviews) {
    cin.la = lac.la = "301";
    cin.la_child_id = lac.la_child_id = "L1";
    lac.episodes = std::move(episodes);
    for (const char* r : reviews) lac.reviews.push_back({day(r), "PN1"});
  }
  std::vector<Deadline> deadlines(const char* as_at) const {
    return lac_review_rule().deadlines(ChildRecords(cin, &lac), day(as_at));
  }
};

TEST(LacReview, TwentyWorkingDaysSkipWeekendsAndBankHolidays) {
  // Into care Monday 19 December 2016. Working days after it: 20-23 December (4); 24-25 the
  // weekend; Boxing Day Monday 26 and Christmas Day's substitute Tuesday 27 are bank holidays;
  // 28-30 December (7); New Year's Day fell on a Sunday, so Monday 2 January is one too; 3-6
  // January (11), 9-13 (16), 16-19 (20): the first review is due Thursday 19 January 2017.
  Records r({episode("2016-12-19", std::nullopt)}, {"2017-01-19"});
  auto d = r.deadlines("2017-03-31");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].start_event, "Started to be looked after");
  EXPECT_EQ(d[0].due, day("2017-01-19"));
  EXPECT_EQ(d[0].answered, day("2017-01-19"));  // held on the last day: on time
  // The second within 3 months of the first: 19 April, not yet held on 31 March.
  EXPECT_EQ(d[1].start_event, "First review");
  EXPECT_EQ(d[1].start, day("2017-01-19"));
  EXPECT_EQ(d[1].due, day("2017-04-19"));
  EXPECT_FALSE(d[1].answered);
  EXPECT_EQ(d[1].episode, 1);

  // Into care on Saturday 30 April 2016: Monday 2 May (early May) and Monday 30 May (spring)
  // are bank holidays. 3-6 May (4), 9-13 (9), 16-20 (14), 23-27 (19), Tuesday 31 May (20).
  auto saturday = Records({episode("2016-04-30", std::nullopt)}, {}).deadlines("2016-05-01");
  ASSERT_EQ(saturday.size(), 1u);
  EXPECT_EQ(saturday[0].due, day("2016-05-31"));
  EXPECT_EQ(working_days_between(day("2016-04-30"), day("2016-05-31")), 20);
}

TEST(LacReview, ThreeMonthsThenSixFromTheReviewActuallyHeldWithMonthEndsClamped) {
  // Into care Tuesday 1 November 2016: first review due 29 November (2-4 November 3 days, then
  // three full weeks to 25 November 18, 28-29 November 20), held a day late on 30 November.
  // 30 November + 3 months = 30 February, clamped to 28 February 2017 (not a leap year); held
  // that day, so the next is due 28 August (6 months from the review held, not from the 30th);
  // not held by 1 September 2017: 4 days overdue.
  Records r({episode("2016-11-01", std::nullopt)}, {"2016-11-30", "2017-02-28"});
  auto d = r.deadlines("2017-09-01");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].due, day("2016-11-29"));
  EXPECT_EQ(d[0].answered, day("2016-11-30"));
  EXPECT_EQ(d[1].due, day("2017-02-28"));
  EXPECT_EQ(d[1].answered, day("2017-02-28"));
  EXPECT_EQ(d[2].start_event, "Previous review");
  EXPECT_EQ(d[2].due, day("2017-08-28"));
  std::vector<DueItem> items;
  add_due_items(ChildRecords(r.cin, &r.lac), day("2017-09-01"), {}, items);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].la, "301");
  EXPECT_EQ(items[0].child_id, "L1");
  EXPECT_TRUE(items[0].overdue);
  EXPECT_EQ(items[0].days_overdue, 4);

  // In a leap year the clamp lands on the 29th: first review 30 November 2015 -> 29 February 2016.
  auto leap =
      Records({episode("2015-11-02", std::nullopt)}, {"2015-11-30"}).deadlines("2016-01-01");
  ASSERT_EQ(leap.size(), 2u);
  EXPECT_EQ(leap[1].due, day("2016-02-29"));
}

TEST(LacReview, APeriodOfCareThatEndsStopsTheClock) {
  // Ended 10 June 2016, before the first review was due (29 June): nothing was owed.
  EXPECT_TRUE(
      Records({episode("2016-06-01", day("2016-06-10"))}, {}).deadlines("2017-03-31").empty());
  // Reviewed 20 June, ended 1 August before the second review (due 20 September): the one
  // review is listed as answered, nothing after it, and nothing is due.
  Records ended({episode("2016-06-01", day("2016-08-01"))}, {"2016-06-20"});
  auto d = ended.deadlines("2017-03-31");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].answered);
  std::vector<DueItem> items;
  add_due_items(ChildRecords(ended.cin, &ended.lac), day("2017-03-31"), {}, items);
  EXPECT_TRUE(items.empty());
  // As at 15 July the end is still to come: the second review is due.
  d = ended.deadlines("2016-07-15");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[1].due, day("2016-09-20"));
  EXPECT_FALSE(d[1].answered);
}

TEST(LacReview, EpisodesJoinedOnTheSameDayAreOnePeriodOfCare) {
  // A placement change on 20 April 2016 (episode ends and the next starts that day) does not
  // restart the clock: one deadline from 4 April, 20 working days with Monday 2 May a bank
  // holiday: 5-8 April (4), 11-15 (9), 18-22 (14), 25-29 (19), Tuesday 3 May (20).
  Records joined({episode("2016-04-04", day("2016-04-20")),
                  episode("2016-04-20", std::nullopt, "C2", "P")},
                 {});
  auto d = joined.deadlines("2016-06-01");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].start, day("2016-04-04"));
  EXPECT_EQ(d[0].due, day("2016-05-03"));
  EXPECT_EQ(d[0].episode, 1);

  // A day out of care makes two periods. The first ended on 20 April with a review held on
  // 15 April: answered, and nothing more. The second starts on Thursday 21 April and its clock
  // starts again (that review was in the first period): 22 April (1), 25-29 (6), 3-6 May (10),
  // 9-13 (15), 16-20 (20): due Friday 20 May.
  Records gap({episode("2016-04-04", day("2016-04-20")), episode("2016-04-21", std::nullopt)},
              {"2016-04-15"});
  d = gap.deadlines("2016-06-01");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].episode, 1);
  EXPECT_EQ(d[0].answered, day("2016-04-15"));
  EXPECT_EQ(d[1].episode, 2);
  EXPECT_EQ(d[1].start, day("2016-04-21"));
  EXPECT_EQ(d[1].due, day("2016-05-20"));
  EXPECT_FALSE(d[1].answered);
}

TEST(LacReview, ShortBreaksAreLeftOut) {
  // A child on an agreed series of short breaks (V3, V4) only is owed none of these reviews.
  EXPECT_TRUE(Records({episode("2016-01-04", day("2016-01-08"), "V3"),
                       episode("2016-02-01", day("2016-02-05"), "V3"),
                       episode("2016-03-07", std::nullopt, "V4")},
                      {})
                  .deadlines("2017-03-31")
                  .empty());
  // Short breaks from 4 January, then accommodated under section 20 (V2) from 1 March on the
  // same day: the clock starts on 1 March, not 4 January. 2-4 March (3), 7-11 (8), 14-18 (13),
  // 21-24 (17); Good Friday 25 March and Easter Monday 28 March; 29-31 March (20).
  Records r({episode("2016-01-04", day("2016-03-01"), "V4"),
             episode("2016-03-01", std::nullopt, "V2", "L")},
            {"2016-02-01"});  // a review during the short breaks does not count
  auto d = r.deadlines("2016-04-01");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].start, day("2016-03-01"));
  EXPECT_EQ(d[0].due, day("2016-03-31"));
  EXPECT_FALSE(d[0].answered);
  EXPECT_EQ(d[0].episode, 1);  // one period of care, as the chronology counts it
}

TEST(LacReview, CareBeganBeforeThe903YearsHeldIsJudgedFromTheirFirstDay) {
  // In care since 1 September 2014, but Lens holds only the 2016-17 return, which starts on
  // 1 April 2016: the reviews before it are unknown. The first review held (10 May 2016) is due
  // within 6 months of 1 April (1 October), and as it was not the child's first, the next is due
  // 6 months after it (10 November, not 3 months), then 6 months after that (1 May 2017).
  Records r({episode("2014-09-01", std::nullopt)}, {"2016-05-10", "2016-11-01"});
  r.lac.years = {2017};
  auto d = r.deadlines("2017-03-31");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].start_event, "First day of the 903 years held");
  EXPECT_EQ(d[0].start, day("2016-04-01"));
  EXPECT_EQ(d[0].due, day("2016-10-01"));
  EXPECT_EQ(d[0].answered, day("2016-05-10"));
  EXPECT_EQ(d[1].start_event, "Previous review");
  EXPECT_EQ(d[1].due, day("2016-11-10"));
  EXPECT_EQ(d[1].answered, day("2016-11-01"));
  EXPECT_EQ(d[2].due, day("2017-05-01"));
  EXPECT_FALSE(d[2].answered);
  // With no review in the years held, the one due on 1 October 2016 is 181 days overdue on
  // 31 March 2017 (30 days to 31 October, then 30, 31, 31, 28 and 31).
  Records none({episode("2014-09-01", std::nullopt)}, {});
  none.lac.years = {2017};
  std::vector<DueItem> items;
  add_due_items(ChildRecords(none.cin, &none.lac), day("2017-03-31"), {}, items);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].days_overdue, 181);
  // Nothing is said of the time before the years held.
  EXPECT_TRUE(none.deadlines("2016-03-31").empty());
  // Care that began within them is judged from its start, as always.
  Records later({episode("2016-11-01", std::nullopt)}, {});
  later.lac.years = {2017};
  EXPECT_EQ(later.deadlines("2016-12-01")[0].due, day("2016-11-29"));
}

TEST(LacReview, OnlyWhatIsKnownOnTheDateAndOnlyLookedAfterChildren) {
  Records r({episode("2016-12-19", std::nullopt)}, {"2017-01-19"});
  EXPECT_TRUE(r.deadlines("2016-12-18").empty());  // not yet in care
  auto d = r.deadlines("2017-01-18");              // the review is still to come
  ASSERT_EQ(d.size(), 1u);
  EXPECT_FALSE(d[0].answered);
  // A child with CIN records only has no looked-after reviews.
  EXPECT_TRUE(lac_review_rule().deadlines(r.cin, day("2017-03-31")).empty());
}

TEST(LacReview, IsListedAndTheVisitsTimescaleIsSaidToBeUnrecorded) {
  ASSERT_EQ(find_rule("lac_review"), &lac_review_rule());
  EXPECT_EQ(timescale_rules().back()->id, "lac_review");
  ASSERT_EQ(unrecorded_timescales().size(), 1u);
  EXPECT_NE(unrecorded_timescales()[0].title.find("Looked-after visits"), std::string::npos);
}

}  // namespace
}  // namespace lens::timescales
