#include <gtest/gtest.h>

#include "support/sample_census.hpp"
#include "timescales/due_list.hpp"

namespace lens::timescales {
namespace {

using lens::testing::day;

Child with_s47(Date start, OptDate icpc, bool not_required = false) {
  Child c;
  c.la = "301";
  c.la_child_id = "S1";
  CinEpisode ep;
  ep.referral = start;
  ep.section47s.push_back({start, std::nullopt, icpc, not_required});
  c.episodes.push_back(ep);
  return c;
}

TEST(Icpc15wd, DueFifteenWorkingDaysAfterTheEnquiryStarts) {
  // Monday 5 September 2016 + 3 weeks, no bank holidays: Monday 26 September.
  auto d = icpc_15wd_rule().deadlines(with_s47(day("2016-09-05"), std::nullopt), day("2016-10-01"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].due, day("2016-09-26"));
}

TEST(Icpc15wd, BankHolidaysDoNotCount) {
  // Thursday 22 December 2016: Fri 23 (1); 26 and 27 December and 2 January are bank holidays
  // (Christmas and New Year's Day fell on Sundays); 28, 29, 30 Dec (2-4); 3-6 Jan (5-8);
  // 9-13 Jan (9-13); 16, 17 Jan (14, 15). Due Tuesday 17 January 2017.
  auto d = icpc_15wd_rule().deadlines(with_s47(day("2016-12-22"), std::nullopt), day("2017-01-01"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].due, day("2017-01-17"));
}

TEST(Icpc15wd, AConferenceAnswersItAndNotRequiredMeansNoDeadline) {
  std::vector<DueItem> items;
  add_due_items(with_s47(day("2016-09-05"), day("2016-09-30")), day("2016-10-10"), {}, items);
  EXPECT_TRUE(items.empty());
  EXPECT_TRUE(icpc_15wd_rule()
                  .deadlines(with_s47(day("2016-09-05"), std::nullopt, true), day("2016-10-10"))
                  .empty());
  add_due_items(with_s47(day("2016-09-05"), std::nullopt), day("2016-10-10"), {}, items);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].days_overdue, 14);  // 26 September to 10 October
}

}  // namespace
}  // namespace lens::timescales
