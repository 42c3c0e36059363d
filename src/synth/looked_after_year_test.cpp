#include "synth/looked_after_year.hpp"

#include <gtest/gtest.h>

#include "synth/census_year.hpp"

namespace lens::synth {
namespace {

Date d(const char* iso) { return *Date::parse(iso); }

LacEpisode episode(const char* start, const char* rne, const char* ls, const char* place, const char* end,
                   const char* rec) {
  LacEpisode e;
  e.start = d(start);
  e.reason_new = rne;
  e.legal_status = ls;
  e.category_of_need = "N1";
  e.placement = place;
  e.provider = place[0] == 'P' ? "PR0" : "PR1";
  e.end = d(end);
  e.reason_ceased = rec;
  e.home_postcode = "IG11 7QJ";
  e.placement_postcode = "RM8 2AB";
  return e;
}

Child identity(const char* born, const char* gender) {
  Child c;
  c.la = "301";
  c.la_child_id = "1000001";
  c.upn = "V301200116001";
  c.birth = d(born);
  c.gender = gender;
  c.ethnicity = "WBRI";
  return c;
}

// A girl born on 1 June 2005, looked after from 1 June 2015: section 20 in foster care, then an
// interim care order from 10 February 2016 (a legal-status change only), home on 1 May 2017.
CareHistory girl_in_care() {
  CareHistory h;
  h.seed = 7;
  PeriodOfCare p;
  p.episodes = {episode("2015-06-01", "S", "V2", "U6", "2016-02-10", "X1"),
                episode("2016-02-10", "L", "C1", "U6", "2017-05-01", "E4A")};
  p.reviews = {{d("2015-06-26"), "PN1"}, {d("2015-09-20"), "PN1"}, {d("2016-03-15"), "PN6"}};
  p.previous.option = "Z1";
  h.periods.push_back(p);
  return h;
}

CareTargets shares() {
  CareTargets t;
  t.health_assessment_pct = 90;
  t.dental_check_pct = 85;
  t.immunisations_pct = 85;
  t.convicted_pct = 3;
  t.substance_misuse_pct = 3;
  t.sdq_mean = 14;
  t.leavers_eet_pct = 50;
  t.leavers_suitable_pct = 85;
  t.leavers_not_in_touch_pct = 8;
  return t;
}

TEST(LookedAfterYear, ShowsTheYearsEpisodesAsTheyStoodOn31March) {
  // 2015-16: both episodes, the second still open on 31 March 2016 (it ends in May 2017).
  auto y2016 = child_in_ssda903(identity("2005-06-01", "2"), girl_in_care(), 2016, shares());
  ASSERT_TRUE(y2016);
  ASSERT_EQ(y2016->episodes.size(), 2u);
  EXPECT_FALSE(y2016->episodes[1].end);
  EXPECT_EQ(y2016->episodes[1].reason_ceased, "");
  EXPECT_EQ(y2016->reviews.size(), 3u);  // all three were held in 2015-16
  // 2016-17: the first episode ended before 1 April 2016; the second is still open.
  auto y2017 = child_in_ssda903(identity("2005-06-01", "2"), girl_in_care(), 2017, shares());
  ASSERT_TRUE(y2017);
  ASSERT_EQ(y2017->episodes.size(), 1u);
  EXPECT_EQ(y2017->episodes[0].start, d("2016-02-10"));
  EXPECT_TRUE(y2017->reviews.empty());
  // 2017-18: it ended on 1 May 2017, so it shows ended, home.
  auto y2018 = child_in_ssda903(identity("2005-06-01", "2"), girl_in_care(), 2018, shares());
  ASSERT_TRUE(y2018);
  EXPECT_EQ(y2018->episodes[0].end, d("2017-05-01"));
  EXPECT_EQ(y2018->episodes[0].reason_ceased, "E4A");
  // 2018-19: not looked after, not a care leaver (she left at 11): not in the return.
  EXPECT_FALSE(child_in_ssda903(identity("2005-06-01", "2"), girl_in_care(), 2019, shares()));
  // A girl looked after has MOTHER 0; every child with episodes has PrevPerm for the year.
  EXPECT_EQ(y2017->mother, "0");
  ASSERT_EQ(y2017->previous_permanence.size(), 1u);
  EXPECT_EQ(y2017->previous_permanence[0].year, 2017);
  // Born June 2005: 4 on 31 August 2009, school age in every year here, so her UPN is given.
  EXPECT_EQ(y2017->upn, "V301200116001");
}

TEST(LookedAfterYear, TheOc2CohortIsLookedAfterFrom1AprilTo31March) {
  // In care from 1 June 2015: not for the whole of 2015-16, so no OC2 in 2016; the whole of
  // 2016-17, so OC2 in 2017 (aged 11 on 31 March: conviction asked, health check not, SDQ
  // score or reason); left on 1 May 2017, so none in 2018.
  auto y2016 = child_in_ssda903(identity("2005-06-01", "2"), girl_in_care(), 2016, shares());
  auto y2017 = child_in_ssda903(identity("2005-06-01", "2"), girl_in_care(), 2017, shares());
  auto y2018 = child_in_ssda903(identity("2005-06-01", "2"), girl_in_care(), 2018, shares());
  EXPECT_TRUE(y2016->health.empty());
  ASSERT_EQ(y2017->health.size(), 1u);
  const HealthOutcomes& h = y2017->health[0];
  EXPECT_EQ(h.year, 2017);
  EXPECT_TRUE(h.convicted);
  EXPECT_FALSE(h.health_check);
  EXPECT_TRUE(h.immunisations && h.teeth_check && h.health_assessment && h.substance_misuse);
  EXPECT_NE(h.sdq_score.has_value(), !h.sdq_reason.empty());
  EXPECT_TRUE(y2018->health.empty());
  // A period begun on 1 April itself counts as the whole year (as the DfE's validator reads it).
  CareHistory from_april = girl_in_care();
  from_april.periods[0].episodes[0].start = d("2015-04-01");
  EXPECT_EQ(child_in_ssda903(identity("2005-06-01", "2"), from_april, 2016, shares())->health.size(), 1u);
}

TEST(LookedAfterYear, CareLeaversAreInOc3OnTheir17thTo21stBirthdays) {
  // Born 1 July 1999, looked after from 1 May 2015 (aged 15) to 1 March 2016 (16 and 8 months):
  // a care leaver. Birthdays: 17th 1 July 2016 (2016-17) ... 21st 1 July 2020 (2020-21).
  CareHistory h;
  h.seed = 11;
  PeriodOfCare p;
  p.episodes = {episode("2015-05-01", "S", "V2", "K2", "2016-03-01", "E5")};
  h.periods.push_back(p);
  h.care_leaver = makes_care_leaver(p, d("1999-07-01"));
  h.left_care = d("2016-03-01");
  ASSERT_TRUE(h.care_leaver);
  for (int year = 2016; year <= 2022; ++year) {
    auto c = child_in_ssda903(identity("1999-07-01", "1"), h, year, shares());
    const bool in_oc3 = year >= 2017 && year <= 2021;
    EXPECT_EQ(c && !c->care_leaver.empty(), in_oc3) << year;
    if (!c || c->care_leaver.empty()) continue;
    const CareLeaverOutcome& o = c->care_leaver[0];
    EXPECT_EQ(o.year, year);
    // In touch: an activity and accommodation known; otherwise both 0 (rules 153, 344, 345).
    if (o.in_touch == "YES") {
      EXPECT_TRUE(o.activity != "0" && o.accommodation != "0");
    } else {
      EXPECT_TRUE(o.activity == "0" && o.accommodation == "0");
    }
    EXPECT_TRUE(c->episodes.empty());
    EXPECT_EQ(c->mother, "");  // not looked after in the year (rule 165)
  }
  // 2015-16 is the year she left: episodes, no OC3 (her 17th birthday is in 2016-17).
  auto y2016 = child_in_ssda903(identity("1999-07-01", "1"), h, 2016, shares());
  ASSERT_TRUE(y2016);
  EXPECT_EQ(y2016->episodes.size(), 1u);
  EXPECT_TRUE(y2016->care_leaver.empty());
}

TEST(LookedAfterYear, MakesCareLeaverCountsThirteenWeeksFromFourteenAndSomeTimeFromSixteen) {
  const Date born = d("2000-01-01");  // 14 on 1 January 2014, 16 on 1 January 2016
  auto period = [](const char* from, const char* to, const char* rec) {
    PeriodOfCare p;
    p.episodes = {episode(from, "S", "V2", "U6", to, rec)};
    return p;
  };
  // Ended before the 16th birthday.
  EXPECT_FALSE(makes_care_leaver(period("2015-06-01", "2015-12-31", "E4A"), born));
  // 1 October 2015 to 10 February 2016: 132 days, past the 16th birthday.
  EXPECT_TRUE(makes_care_leaver(period("2015-10-01", "2016-02-10", "E4A"), born));
  // 15 December 2015 to 20 January 2016: 36 days only.
  EXPECT_FALSE(makes_care_leaver(period("2015-12-15", "2016-01-20", "E4A"), born));
  // Left through special guardianship: not a care leaver.
  EXPECT_FALSE(makes_care_leaver(period("2015-10-01", "2016-02-10", "E46"), born));
}

TEST(LookedAfterYear, UascStatusCeasesOnThe18thBirthday) {
  // Born 1 September 2000: 18 on 1 September 2018. The UASC table gives that date every year
  // it is not before the year began (rule 104): 2016-17 to 2018-19, not 2019-20.
  CareHistory h;
  h.seed = 3;
  h.uasc = true;
  PeriodOfCare p;
  p.uasc = true;
  p.episodes = {episode("2016-10-01", "S", "V2", "H5", "2018-09-01", "E5")};
  p.episodes[0].home_postcode.clear();
  h.periods.push_back(p);
  h.care_leaver = true;
  h.left_care = d("2018-09-01");
  for (int year : {2017, 2018, 2019}) {
    auto c = child_in_ssda903(identity("2000-09-01", "1"), h, year, shares());
    ASSERT_TRUE(c) << year;
    ASSERT_EQ(c->uasc.size(), 1u) << year;
    EXPECT_EQ(c->uasc[0].ceased, d("2018-09-01"));
  }
  auto y2020 = child_in_ssda903(identity("2000-09-01", "1"), h, 2020, shares());
  ASSERT_TRUE(y2020);  // a care leaver, 19 on 1 September 2019
  EXPECT_TRUE(y2020->uasc.empty());
  EXPECT_EQ(y2020->care_leaver.size(), 1u);
}

TEST(LookedAfterYear, AdoptionDecisionsShowUntilTheYearAfterTheyWereReversed) {
  // Decided 10 January 2016, reversed 1 May 2016 (the court made no placement order).
  CareHistory h = girl_in_care();
  h.periods[0].adoption.decided = d("2016-01-10");
  h.periods[0].adoption.reversed = d("2016-05-01");
  h.periods[0].adoption.reversal_reason = "RD2";
  auto y2016 = child_in_ssda903(identity("2005-06-01", "2"), h, 2016, shares());
  ASSERT_EQ(y2016->placed_for_adoption.size(), 1u);  // decided, not yet reversed on 31 March
  EXPECT_FALSE(y2016->placed_for_adoption[0].reversed);
  auto y2017 = child_in_ssda903(identity("2005-06-01", "2"), h, 2017, shares());
  ASSERT_EQ(y2017->placed_for_adoption.size(), 1u);
  EXPECT_EQ(y2017->placed_for_adoption[0].reversed, d("2016-05-01"));
  EXPECT_EQ(y2017->placed_for_adoption[0].reason, "RD2");
  // Reversed before 2017-18 began: not in that year's table (rule 118).
  EXPECT_TRUE(child_in_ssda903(identity("2005-06-01", "2"), h, 2018, shares())->placed_for_adoption.empty());
}

TEST(LookedAfterYear, AMotherFromTheYearHerChildIsBorn) {
  CareHistory h = girl_in_care();
  h.mother_child_birth = d("2016-09-01");
  EXPECT_EQ(child_in_ssda903(identity("2005-06-01", "2"), h, 2016, shares())->mother, "0");
  auto y2017 = child_in_ssda903(identity("2005-06-01", "2"), h, 2017, shares());
  EXPECT_EQ(y2017->mother, "1");
  EXPECT_EQ(y2017->mother_child_birth, d("2016-09-01"));
  EXPECT_EQ(child_in_ssda903(identity("2005-06-01", "1"), girl_in_care(), 2017, shares())->mother, "");
}

TEST(LookedAfterYear, CodesFollowTheCollectionYear) {
  LookedAfterChild c;
  c.episodes = {episode("2017-05-01", "S", "C2", "U1", "2018-02-01", "E45"),
                episode("2018-02-05", "S", "C2", "K2", "2018-03-01", "E47")};
  c.episodes[0].reason_place_change = "CUSTOD";
  CareLeaverOutcome o;
  o.activity = "F5";
  c.care_leaver = {o};
  LookedAfterChild y2018 = c, y2019 = c, y2021 = c, y2022 = c;
  recode_for_ssda903_year(y2018, 2018);  // special guardianship was E43 / E44 until 2017-18
  EXPECT_EQ(y2018.episodes[0].reason_ceased, "E43");
  EXPECT_EQ(y2018.episodes[1].reason_ceased, "E44");
  EXPECT_EQ(y2018.episodes[0].reason_place_change, "OTHER");
  recode_for_ssda903_year(y2019, 2019);
  EXPECT_EQ(y2019.episodes[0].reason_ceased, "E45");
  EXPECT_EQ(y2019.episodes[0].reason_place_change, "CUSTOD");
  recode_for_ssda903_year(y2021, 2021);  // training or employment was F3 until 2020-21
  EXPECT_EQ(y2021.care_leaver[0].activity, "F3");
  recode_for_ssda903_year(y2022, 2022);
  EXPECT_EQ(y2022.care_leaver[0].activity, "F5");
}

TEST(LookedAfterYear, MissingChancesAddUpToTheShare) {
  // Risks 1, 1, 0 and 2 for a share of a half: 2 children of 4. With s = 0.5 the chances are
  // 0.5, 0.5, 0 and 1.0, but 1.0 is capped at 0.95, so s rises until 2s + 0.95 = 2: s = 0.525.
  const auto chances = chances_for_share({1, 1, 0, 2}, 0.5);
  ASSERT_EQ(chances.size(), 4u);
  EXPECT_NEAR(chances[0], 0.525, 0.002);
  EXPECT_NEAR(chances[1], 0.525, 0.002);
  EXPECT_EQ(chances[2], 0);
  EXPECT_EQ(chances[3], 0.95);
  EXPECT_EQ(chances_for_share({0, 0}, 0.1), (std::vector<double>{0, 0}));
}

TEST(LookedAfterYear, MissingRiskByAgeAndPlacement) {
  LookedAfterChild c;
  c.episodes = {episode("2016-05-01", "S", "V2", "U6", "2017-06-01", "E4A")};
  c.birth = d("2005-06-01");  // 11 on 31 March 2017
  EXPECT_DOUBLE_EQ(missing_risk(c, false, 2017), 0.35);
  c.birth = d("2003-01-01");  // 14
  EXPECT_DOUBLE_EQ(missing_risk(c, false, 2017), 1.0);
  c.episodes[0].placement = "K2";  // a children's home
  EXPECT_DOUBLE_EQ(missing_risk(c, false, 2017), 2.5);
  EXPECT_DOUBLE_EQ(missing_risk(c, true, 2017), 1.5);
  c.birth = d("2009-01-01");  // 8
  EXPECT_DOUBLE_EQ(missing_risk(c, false, 2017), 0);
}

TEST(LookedAfterYear, MissingEpisodesLieInsideAnEpisodeAndTheYearWithoutOverlapping) {
  CareHistory h = girl_in_care();
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    h.seed = seed;
    auto c = child_in_ssda903(identity("2003-06-01", "2"), h, 2016, shares());
    ASSERT_TRUE(c);
    add_missing_episodes(*c, h, 1.0, 0.5, 2016);
    ASSERT_FALSE(c->missing.empty());  // a chance of 1: at least one
    for (std::size_t i = 0; i < c->missing.size(); ++i) {
      const MissingEpisode& m = c->missing[i];
      ASSERT_TRUE(m.end);
      EXPECT_GE(m.start, collection_start(2016));
      EXPECT_LE(*m.end, reference_date(2016));
      EXPECT_LE(m.start, *m.end);
      if (i > 0) { EXPECT_GT(m.start, *c->missing[i - 1].end); }
      // Inside one episode, before it ends (rules 575, 578): episodes change on 10 February.
      const bool first = *m.end < d("2016-02-10"), second = m.start >= d("2016-02-10");
      EXPECT_TRUE(first || second) << m.start.iso() << ".." << m.end->iso();
    }
  }
}

}  // namespace
}  // namespace lens::synth
