// looked_after_year.hpp — what one year's SSDA903 return shows of a child whose whole time in
// care is known, as census_year.hpp does for the CIN census.
//
// A 903 return for the year to 31 March `collection_year` holds (DfE 903 guidance, and the
// DfE validation rules Lens runs):
// - Episodes open at any time in the year (started on or before 31 March, not ended before
//   1 April), as they stood on 31 March: an end after it is not known yet, so the episode is
//   open, with no reason ceased or reason for the placement change.
// - Reviews held in the year.
// - Missing (M) and away (A) episodes of the year, made here, for a whole return at once: each
//   child's risk (missing_risk: by age, none under 10, more from children's homes, secure units
//   and semi-independent living) is turned into a chance so that the published share of the
//   children looked after in the year go missing (chances_for_share), and a child goes
//   missing if their own propensity, the same every year, is below it: some children run
//   again and again. Episodes lie inside one episode of care and the year, none overlapping.
// - UASC: a row for a child who is or was an unaccompanied asylum seeker, with the date the
//   status ceases, the 18th birthday (DUC is never before the year began, rule 104).
// - OC2: children looked after continuously for 12 months at 31 March (the period began on or
//   before 1 April and had not ended before 31 March), with health checks, immunisations,
//   dental checks, SDQ (ages 4 to 16), convictions (10 or over), substance misuse; each year's
//   answers drawn from the child's own stream and the authority's published shares.
// - OC3: care leavers (care.hpp, makes_care_leaver) whose 17th to 21st birthday falls in the
//   year and who were not looked after on it: in touch, activity, accommodation, by the
//   published shares; no MOTHER for them unless they were also looked after in the year.
// - AD1 for children adopted in the year; PlacedAdoption for each decision to place for
//   adoption made during the period of care and not reversed before the year began; PrevPerm
//   for every child with an episode in the year.
// Codes are moved to the collection year's lists (E45/E46 -> E43, E47/E48 -> E44 before
// 2018-19; F4/F5/P4/P5 -> F3/P3 before 2021-22; CUSTOD -> OTHER before 2018-19). Pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/child_journey.hpp"
#include "model/looked_after.hpp"
#include "synth/care.hpp"

namespace lens::synth {

// Everything known about one child's time looked after.
struct CareHistory {
  std::uint64_t seed = 0;             // the child's own stream for yearly answers (OC2, OC3)
  std::vector<PeriodOfCare> periods;  // in order; ones that can no longer show may be dropped
  bool uasc = false;                  // an unaccompanied asylum-seeking child
  bool care_leaver = false;           // some period made them a care leaver
  Date left_care;                     // the end of the last such period
  OptDate mother_child_birth;         // a girl in care who has a child: the child's birth
};

// The child as the 903 return for `collection_year` shows them, or nullopt if they are not in
// it. `identity` gives the header (LA, child id, sex, date of birth, ethnicity, UPN); `shares`
// the published shares the year's OC2 and OC3 answers are drawn to.
std::optional<LookedAfterChild> child_in_ssda903(const Child& identity, const CareHistory& care,
                                                 int collection_year, const CareTargets& shares);

// How likely the child, as the year's return shows them, is to go missing, relative to others.
double missing_risk(const LookedAfterChild& child, bool uasc, int collection_year);
// Chances min(0.95, s x risk) with s such that they add up to `share` x the number of risks.
std::vector<double> chances_for_share(const std::vector<double>& risks, double share);
// Adds the year's missing and away episodes to a child with episodes in the year, drawn from
// the child's own stream, given their chances of going missing and away this year.
void add_missing_episodes(LookedAfterChild& child, const CareHistory& care, double missing_chance,
                          double away_chance, int collection_year);

// Moves a child's codes to the code lists of the collection year.
void recode_for_ssda903_year(LookedAfterChild& child, int collection_year);

}  // namespace lens::synth
