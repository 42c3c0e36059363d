#include "synth/care.hpp"

#include <gtest/gtest.h>

#include "core/working_day_calendar.hpp"
#include "synth/authorities.hpp"

namespace lens::synth {
namespace {

Date d(const char* iso) { return *Date::parse(iso); }

CareModel england_model() {
  CareTargets t;
  t.started_rate = 27;
  t.three_plus_placements_pct = 10;
  t.adopted_pct = 12;
  return build_care_model(t, 42);
}

ChildInCare child_born(Date born, bool uasc = false) {
  ChildInCare c;
  c.la = "301";
  c.born = born;
  c.category_of_need = uasc ? "N8" : "N1";
  if (!uasc) c.home_postcode = "IG11 7QJ";
  c.districts = &Authorities::shipped().find("301")->postcode_districts;
  c.other_districts = &england_districts();
  return c;
}

bool foster(const std::string& p) { return p.size() == 2 && p[0] == 'U'; }

TEST(Care, PlacementStabilityIsSolvedForTheTarget) {
  // More children with 3 or more placements a year means shorter placements.
  CareTargets settled, unsettled;
  settled.three_plus_placements_pct = 6;
  unsettled.three_plus_placements_pct = 16;
  EXPECT_GT(build_care_model(settled, 1).placement_scale, build_care_model(unsettled, 1).placement_scale);
}

TEST(Care, AdoptionIsForTheYoungestAndScalesWithItsFactor) {
  EXPECT_GT(adoption_chance(0.5, 1), adoption_chance(3, 1));
  EXPECT_GT(adoption_chance(3, 1), adoption_chance(7, 1));
  EXPECT_EQ(adoption_chance(12, 1), 0);
  // Under 1: weights 27, 38, 18, 5, 7, 0, 5 (of 100), so 38%; doubled, 76 of 138.
  EXPECT_NEAR(adoption_chance(0.5, 1), 0.38, 1e-9);
  EXPECT_NEAR(adoption_chance(0.5, 2), 76.0 / 138.0, 1e-9);
}

TEST(Care, APeriodThatWouldRunPast18EndsOnThe18thBirthday) {
  Random random(5);
  CareCourse course;
  course.start = d("2016-01-01");
  course.end = d("2030-01-01");
  course.exit = CareExit::ReturnHome;
  const PeriodOfCare p = draft_period_of_care(england_model(), course, child_born(d("2000-05-10")), random);
  EXPECT_EQ(p.end(), d("2018-05-10"));
  // Left at 18: supported or independent living, adult services, staying put, home or other.
  EXPECT_NE(std::string("E5 E6 E7 E8 E4A E13 E17").find(p.reason_ceased()), std::string::npos);
}

TEST(Care, NoAdoptionOrderOn31March) {
  // An order that day would put the child in both OC2 and AD1 (rule 187): the day before.
  Random random(9);
  CareCourse course;
  course.start = d("2015-01-05");
  course.end = d("2017-03-31");
  course.entry = CareEntry::InterimCareOrder;
  course.exit = CareExit::Adoption;
  const PeriodOfCare p = draft_period_of_care(england_model(), course, child_born(d("2014-12-20")), random);
  EXPECT_EQ(p.end(), d("2017-03-30"));
  EXPECT_TRUE(p.reason_ceased() == "E11" || p.reason_ceased() == "E12");
}

// Thousands of periods of every kind keep the rules of the 903 guidance and the DfE's checks.
TEST(Care, EveryPeriodKeepsThe903Rules) {
  const CareModel model = england_model();
  Random random(2024);
  int adoptions = 0, police = 0, uasc_periods = 0;
  for (int i = 0; i < 4000; ++i) {
    const bool uasc = i % 10 == 0;
    const int age_days = uasc ? uasc_age_in_days(random) : random.between(0, 17 * 365 + 200);
    const Date start = d("2014-04-01") + random.between(0, 730);
    const ChildInCare child = child_born(start - age_days, uasc);
    const CareCourse course = date_course(draft_care_course(model, age_days, uasc, random), start, 1.0);
    const PeriodOfCare p = draft_period_of_care(model, course, child, random);
    SCOPED_TRACE(testing::Message() << "period " << i << " from " << start.iso() << " born " << child.born.iso());
    ASSERT_FALSE(p.episodes.empty());
    EXPECT_EQ(p.start(), start);
    EXPECT_LE(p.end(), add_years(child.born, 18));
    EXPECT_GT(p.end(), p.start());
    uasc_periods += p.uasc;
    for (std::size_t k = 0; k < p.episodes.size(); ++k) {
      const LacEpisode& e = p.episodes[k];
      const double age = (e.start - child.born) / 365.25;
      ASSERT_TRUE(e.end);
      EXPECT_GT(*e.end, e.start);                        // at least a day (rule 355)
      EXPECT_EQ(e.category_of_need, child.category_of_need);  // rule 504
      if (k + 1 < p.episodes.size()) {
        EXPECT_EQ(e.reason_ceased, "X1");
        EXPECT_EQ(p.episodes[k + 1].start, *e.end);  // rule 433
      }
      if (k == 0) {
        EXPECT_EQ(e.reason_new, "S");
      } else {
        const LacEpisode& b = p.episodes[k - 1];
        const bool ls = e.legal_status != b.legal_status;
        const bool moved = e.placement != b.placement || e.provider != b.provider || e.urn != b.urn ||
                           e.placement_postcode != b.placement_postcode;
        if (e.reason_new == "L") { EXPECT_TRUE(ls && !moved); }                   // rule 434
        if (e.reason_new == "P" || e.reason_new == "T") { EXPECT_TRUE(!ls && moved); }  // rule 435
        if (e.reason_new == "B" || e.reason_new == "U") { EXPECT_TRUE(ls && moved); }   // rule 436
        if (moved) { EXPECT_FALSE(b.reason_place_change.empty()); }  // rule 225
      }
      // Placements by age and legal status (rules 358, 370-374, 378, 408, 527-531, 550).
      if (e.placement == "P1") { EXPECT_TRUE(e.legal_status == "C1" || e.legal_status == "C2"); }
      EXPECT_EQ(e.placement == "P1", e.provider == "PR0");
      if (e.placement == "H5") { EXPECT_GE(age, 16); }
      if (e.placement == "S1") { EXPECT_GE(age, 4); }
      if (e.legal_status[0] == 'J') { EXPECT_GT(e.start, add_years(child.born, 10)); }
      if (e.placement == "A5" || e.placement == "A6") {
        EXPECT_EQ(e.legal_status, "E1");
        EXPECT_TRUE(foster(p.episodes[k - 1].placement));  // rule 336
      }
      // An Ofsted number where Ofsted registers the placement, none where it does not (218, 222).
      const bool unregistered = e.placement == "P1" || e.placement == "P3" || e.placement == "R1" ||
                                e.placement == "R2" || e.placement == "R5";
      EXPECT_EQ(e.urn.empty(), unregistered) << e.placement;
      EXPECT_NE(e.placement_postcode, e.placement == "P1" ? "" : e.home_postcode);  // rule 392d
      if (p.uasc) { EXPECT_EQ(e.legal_status, "V2"); }
      police += e.legal_status == "L1";
    }
    // Police protection for 72 hours at most (rule 361).
    for (const LacEpisode& e : p.episodes)
      if (e.legal_status == "L1") { EXPECT_LE(*e.end - e.start, 3); }
    // Adoption: decision, match, placement, order, in that order (rules 331, 333, 334, 521).
    if (p.reason_ceased() == "E11" || p.reason_ceased() == "E12") {
      ++adoptions;
      const AdoptionPath& a = p.adoption;
      ASSERT_TRUE(a.decided && a.matched && a.adopters);
      const LacEpisode& placed = p.episodes.back();
      EXPECT_TRUE(placed.placement == "A5" || placed.placement == "A6");
      EXPECT_GE(*a.decided, p.start());
      EXPECT_LE(*a.decided, *a.matched);
      EXPECT_LE(*a.matched, placed.start);
      EXPECT_EQ(*a.foster_carer, placed.placement == "A5");  // rule 335
      EXPECT_EQ(*a.adopters == 1, a.adopter_legal_status == "L0");  // rule 514
    } else if (p.adoption.decided) {
      EXPECT_TRUE(p.adoption.reversed && *p.adoption.reversed < p.end());  // rule 557
    }
    // Special guardianship to former foster carers only from a foster placement (rule 516).
    if (p.reason_ceased() == "E45" || p.reason_ceased() == "E46") {
      EXPECT_TRUE(foster(p.episodes.back().placement));
    }
    // Reviews inside the period, in order; the first due within 20 working days of entry.
    for (std::size_t k = 0; k < p.reviews.size(); ++k) {
      EXPECT_GT(p.reviews[k].date, p.start());
      EXPECT_LT(p.reviews[k].date, p.end());
      if (k > 0) { EXPECT_GT(p.reviews[k].date, p.reviews[k - 1].date); }
      EXPECT_EQ(p.reviews[k].participation == "PN0", age_in_years(child.born, p.reviews[k].date) < 4);
    }
    if (!p.reviews.empty()) { EXPECT_LE(p.reviews[0].date, add_working_days(p.start(), 20) + 30); }
  }
  // Each kind turns up.
  EXPECT_GT(adoptions, 40);
  EXPECT_GT(police, 40);
  EXPECT_EQ(uasc_periods, 400);
}

}  // namespace
}  // namespace lens::synth
