// borough.hpp — one synthetic local authority over a run of years: its children, their
// families and their journeys, and the CIN census each year would produce.
//
// The simulation runs day by day from 1 April of the first year (after `burn_in_years` of
// warm-up, so that the first census already has children on long plans and children coming
// back) to 31 March of the last. Each year it makes the period's number of referrals, spread
// over the days (fewer at weekends, on bank holidays, in August and at Christmas). A referral
// is for a child referred before — within the last 12 months in the published share of cases
// (re-referrals), after an earlier CP plan for the published share of plans (second or
// subsequent plans), or after a longer gap — or for a new family, sometimes with siblings
// referred together, unborn babies and newborns included. Children leave when they turn 18,
// move away or die; whatever was open then closes. Published shares are held by feedback on
// the running count, so each year lands close to its target, with ordinary noise.
//
// Children who come into care (journey.hpp, care.hpp) get a period of care each time, with
// their own placements and reviews; siblings referred together come into care together. A
// child does not move away while looked after. UASC children are new children of 14 to 17,
// nine in ten boys, who enter care directly.
//
// Everything is decided by the authority's own seed: the same plan and seed give the same
// children, and the result does not depend on other authorities or on whether the 903 returns
// are asked for. At the end of each output year it emits that year's census (census_year.hpp),
// children in LA child id order, with a Person (names, address) for each, and, if asked, the
// year's SSDA903 return (looked_after_year.hpp), children in the same order. Episodes and
// periods of care that closed before the next year are then dropped, so memory holds only the
// open cases and a summary of each child known.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

#include "model/child_journey.hpp"
#include "model/looked_after.hpp"
#include "synth/authorities.hpp"
#include "synth/journey.hpp"
#include "synth/person.hpp"
#include "synth/profile.hpp"

namespace lens::synth {

struct BoroughPlan {
  const Authority* authority = nullptr;
  int first_year = 0;  // first output period's start year (2016 for 2016-17)
  int last_year = 0;
  int burn_in_years = 5;
  // Targets for every simulated period, first_year - burn_in_years .. last_year; a period
  // missing here takes the nearest one present.
  std::map<int, YearTargets> targets;
  std::uint64_t seed = 0;  // the authority's seed (derive_seed(run seed, LA number))
  JourneyModelCache* models = nullptr;  // shared models; null builds each one here
  bool looked_after = true;  // emit the SSDA903 return of each year too
};

struct BoroughYear {
  int collection_year = 0;  // 2017 for 2016-17
  Census census;
  std::vector<Person> people;  // one per census child, in the same order
  LookedAfterReturn looked_after;  // empty unless BoroughPlan::looked_after
};

void simulate_borough(const BoroughPlan& plan, const std::function<void(BoroughYear&&)>& emit);

}  // namespace lens::synth
