// care.hpp — how a child's time looked after unfolds: the stochastic model of periods of care
// as the SSDA903 return records them (episodes with their legal status, placement, provider and
// reasons; reviews; adoption decisions and orders).
//
// A period of care is decided in two steps. When a referral leads to care (the LongTerm track,
// some child protection plans, and unaccompanied asylum-seeking children, who enter care
// directly), draft_care_course decides how care begins (the first legal status), how it is
// planned to end (home, adoption, special guardianship, independence at 18, ...) and how long
// it lasts, as a length that calibration can stretch (journey.hpp solves CareModel::
// length_scale so that starts x mean time in care gives the published stock at 31 March).
// draft_period_of_care then makes the period for one child: the legal statuses in order
// (police protection for at most 3 days, interim then full care orders, placement orders
// before a placement for adoption), the placements (by age and legal status, foster care for
// most, children's homes and semi-independent living for teenagers, placed with parents only
// under a care order; placement lengths stretched by CareModel::placement_scale, which
// build_care_model solves so that the published share of children with 3 or more placements in
// a year comes out), the episodes they make (RNE S, L, P, T, B, U as the 903 guidance says),
// reviews (first within 20 working days, then 3 months, then every 6 months, most on time)
// and, for adoptions, the decision, placement order, match and order. Missing and away
// episodes are the year's (looked_after_year.hpp).
//
// Codes are the newest code lists' (E45-E48 for special guardianship, F4/F5 for activities);
// looked_after_year.hpp maps them to each collection year's. Dates are civil dates; working
// days are England and Wales ones. Pure functions of their inputs and the Random passed in.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "model/looked_after.hpp"
#include "synth/profile.hpp"
#include "synth/random.hpp"

namespace lens::synth {

// The first legal status of a period of care.
enum class CareEntry : std::uint8_t {
  Accommodated,         // V2: section 20
  InterimCareOrder,     // C1
  PoliceProtection,     // L1, then an order or section 20
  EmergencyProtection,  // L2, then an interim care order
  Remand,               // J1: remanded to local authority or youth detention accommodation
  Pace,                 // J2: detained overnight under PACE
};

// How a period of care ends.
enum class CareExit : std::uint8_t {
  ReturnHome,           // E4A / E4B
  Adoption,             // E11 / E12, after a placement for adoption
  SpecialGuardianship,  // E45..E48
  ChildArrangements,    // E41
  UntilEighteen,        // looked after to the 18th birthday: E5, E6, E7, E17, E8, E4A ...
  Independence,         // 16 or 17: E5 / E6
  Other,                // E8, E13, E3, E16
  Custody,              // E9
  RemandEnded,          // E14
};

// A period's length before calibration stretches it: `stretched` days are multiplied by
// CareModel::length_scale, `fixed` days are not (adoption, remand and PACE follow the law's
// and the courts' timetable, not the authority's).
struct CareLength {
  double fixed = 0;
  double stretched = 0;
  bool until_eighteen = false;  // lasts to the 18th birthday whatever the scale
  double days(double scale) const { return fixed + scale * stretched; }
};

struct CareCourseDraft {
  CareEntry entry = CareEntry::Accommodated;
  CareExit exit = CareExit::ReturnHome;
  CareLength length;
  bool uasc = false;
};

// What the model of one authority and period holds about care. build_journey_model
// (journey.hpp) fills the route shares and length_scale; build_care_model the rest.
struct CareModel {
  double uasc_share = 0;       // of children starting care through a referral: UASC
  double uasc_of_starts = 0;   // of all children starting care: UASC
  double starts_rate = 0;      // children starting care a year, per 10,000
  double after_cp_plan = 0;    // of child protection plans: end with the child looked after
  double length_scale = 1;     // stretches CareLength::stretched
  double placement_scale = 1;  // stretches placement lengths
  double adoption_factor = 1;  // multiplies the chance that a young child's care ends in adoption:
                               // build_journey_model solves it for the published share adopted
  CareTargets targets;
};

// The parts of the model that do not depend on the route shares: placement_scale solved by
// sampling (common random numbers, seeded by the targets) for the published share of children
// with 3 or more placements in a year.
CareModel build_care_model(const CareTargets& targets, std::uint64_t seed);

// The chance that a period of care begun at `age` (years) ends in adoption.
double adoption_chance(double age, double adoption_factor);

// How a period of care that starts when the child is `age_days` old begins, ends and lasts.
// UASC children enter under section 20 and most stay to 18.
CareCourseDraft draft_care_course(const CareModel& model, int age_days, bool uasc, Random& random);

// A child's age at UASC referral, in days (14-17 years, mostly 16 and 17).
int uasc_age_in_days(Random& random);

// A course with dates: what a referral decides for every child it brings into care.
struct CareCourse {
  Date start;  // the first day looked after
  Date end;    // the day care ends, as planned (the last episode's DEC)
  CareEntry entry = CareEntry::Accommodated;
  CareExit exit = CareExit::ReturnHome;
  bool uasc = false;
};
CareCourse date_course(const CareCourseDraft& draft, Date start, double length_scale);

// What the period needs to know about the child and the authority.
struct ChildInCare {
  std::string la;
  Date born;
  bool female = false;
  bool disabled = false;
  std::string category_of_need;  // N1..N8: the reason the child is looked after
  std::string home_postcode;     // empty for UASC children
  OptDate death;                 // if the child dies before the period would end
  const std::vector<std::string>* districts = nullptr;        // the authority's postcode districts
  const std::vector<std::string>* other_districts = nullptr;  // districts elsewhere in England
};

// A decision that the child should be placed for adoption and what became of it.
struct AdoptionPath {
  OptDate decided;           // DATE_PLACED / DATE_INT
  OptDate reversed;          // DATE_PLACED_CEASED
  std::string reversal_reason;
  OptDate matched;           // DATE_MATCH
  std::optional<bool> foster_carer;
  std::optional<int> adopters;
  std::string adopter_sex, adopter_legal_status;
};

struct PeriodOfCare {
  std::vector<LacEpisode> episodes;  // whole: every end date and reason known
  std::vector<LacReview> reviews;
  AdoptionPath adoption;
  PreviousPermanence previous;  // year unset: the 903 view sets it
  bool uasc = false;
  Date start() const { return episodes.front().start; }
  Date end() const { return *episodes.back().end; }
  const std::string& reason_ceased() const { return episodes.back().reason_ceased; }
};

// The period of care of one child. `course.end` is cut at the 18th birthday (the exit then
// becomes UntilEighteen); it never lasts less than a day.
PeriodOfCare draft_period_of_care(const CareModel& model, const CareCourse& course,
                                  const ChildInCare& child, Random& random);

// Whether a period makes the child a care leaver (looked after for 13 weeks or more since the
// 14th birthday, some of it from the 16th, and not ending in adoption, special guardianship,
// a child arrangements order or death), as the OC3 cohort counts them.
bool makes_care_leaver(const PeriodOfCare& period, Date born);

// Every postcode district of the shipped authorities, for placements out of the authority's
// area. Built once; thread-safe.
const std::vector<std::string>& england_districts();

}  // namespace lens::synth
