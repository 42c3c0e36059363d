// journey.hpp — how one referral unfolds: the stochastic model of a child's journey through
// children's social care, from referral to closure, as the CIN census records it.
//
// A JourneyModel holds, for one authority and one period, the probabilities of each route a
// referral can take and the distributions of how long each step lasts. build_journey_model
// derives it from the period's targets (profile.hpp) so that, over many referrals, the
// published figures come out: the share of referrals that end with no further action, go to
// a Section 47 enquiry, an initial conference and a child protection plan; assessments
// within 45 working days; conferences within 15 working days of the enquiry; and plan and
// episode lengths chosen so that the children on plans and in need at 31 March match the
// published stocks (Little's law: stock = starts per year x mean years open, with the mean
// worked out by sampling, because children leave at 18 or when they move away).
//
// Children who become looked after (care.hpp) come from three routes: referrals on the LongTerm
// track (the child comes into care soon after, or at birth), some child protection plans (the
// plan ends when the child comes into care) and unaccompanied asylum-seeking children (a
// LongTerm referral of a new child of 14-17 who enters care directly). build_journey_model
// splits the published starts in care between them (UASC from the published share of UASC
// among the children looked after at 31 March) and stretches care lengths so that the children
// looked after at 31 March match the published stock; their CIN episodes stay open while they
// are looked after, so the children in need stock counts them as the census does.
//
// draft_episode makes one CinEpisode from a referral date and route, and the course of care it
// leads to, if any. It uses the newest code lists; census_year.hpp maps codes to the
// collection year's. Dates are civil dates; working days are England and Wales ones
// (core/working_day_calendar.hpp). Pure functions of their inputs and the Random passed in.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "model/child_journey.hpp"
#include "synth/care.hpp"
#include "synth/profile.hpp"
#include "synth/random.hpp"

namespace lens::synth {

// The route a referral takes.
enum class Track : std::uint8_t {
  ReferralNfa,      // no further action on the referral itself
  NotInNeed,        // assessed, not a child in need: closed after the assessment
  CinPlan,          // assessed, supported on a child in need plan
  Section47Closed,  // Section 47 enquiry, no conference needed; some go on to a CIN plan
  IcpcNoPlan,       // initial conference, no plan; most go on to a CIN plan
  ChildProtection,  // initial conference and a child protection plan
  LongTerm,         // children who become looked after (UASC among them)
};
constexpr int kTracks = 7;

// Age at referral, in the bands of spec/indicators.md.
enum class AgeBand : std::uint8_t { Unborn, Under1, Age1to4, Age5to9, Age10to15, Age16Plus };
constexpr int kAgeBands = 6;
AgeBand age_band(int age_in_years);
// A uniformly chosen age in days within the band (Unborn: -280..-1, days before birth).
int age_in_days(AgeBand band, Random& random);
// The same for a child coming into care: a 16 or 17 year old young enough to start before 18.
int age_into_care(AgeBand band, Random& random);

struct JourneyModel {
  int start_year = 0;
  // Route probabilities, each conditional on the ones before (see build_journey_model).
  double nfa = 0;              // of referrals
  double long_term = 0;        // of referrals not NFA: the child comes into care
  double s47 = 0;              // of referrals not NFA and not long-term
  double not_in_need = 0;      // of referrals with no Section 47
  double icpc_after_s47 = 0;   // of Section 47 enquiries
  double plan_after_icpc = 0;  // of initial conferences
  double cin_plan_after_s47 = 0.4;   // enquiries without a conference that go on to a plan
  double cin_plan_after_icpc = 0.7;  // conferences without a CP plan that go on to a CIN plan
  double assessments_45wd = 0;       // 0..1
  double icpc_15wd = 0;              // 0..1

  // Working days from assessment start to authorisation, on time (<= 45) and late.
  Piecewise assessment_on_time, assessment_late;
  // Working days from Section 47 start to the initial conference, on time (<= 15) and late.
  Piecewise icpc_on_time, icpc_late;
  // Days: CP plans, CIN plans, CIN support after a CP plan ends or a child goes home from care.
  Piecewise cp_plan, cin_plan, step_down;
  double cp_plan_scale = 1, cin_plan_scale = 1;
  CareModel care;  // routes into care, care lengths, placements (care.hpp)

  std::vector<std::string> categories;  // NEG PHY SAB EMO MUL
  Weighted category;
  std::array<Weighted, kTracks> age_at_referral;   // AgeBand by track, for new children
  std::array<Weighted, kAgeBands> referral_source;  // index into referral_sources
  std::vector<std::string> referral_sources;

  // Per 10,000 children: referrals a year, and what the calibration expects at 31 March.
  double referrals_rate = 0, cpp_at_end_rate = 0, cin_at_end_rate = 0, lac_at_end_rate = 0;
};

// Builds the model for one period from its targets. The authority's size does not enter it
// (everything is per 10,000 children), and the calibration samples come from a stream seeded
// by the targets themselves, so the model is a pure function of the targets: authorities with
// the same rates share one model.
JourneyModel build_journey_model(const YearTargets& targets);

// Models already built, shared between authorities and threads. Thread-safe.
class JourneyModelCache {
 public:
  std::shared_ptr<const JourneyModel> get(const YearTargets& targets);

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const JourneyModel>> models_;
};

// Children move away at about this rate a year (lower outside London, higher inside).
constexpr double kMoveAwayPerYear = 0.06;
constexpr int kNeverMoves = 19;
// Whole years from now until the child moves away; kNeverMoves if not before they are 18.
int years_until_move(Random& random);

struct EpisodeRequest {
  Date referral;
  Track track = Track::NotInNeed;
  AgeBand band = AgeBand::Age5to9;  // of the (first) child referred
  int age_days = 0;                 // that child's age at referral, days (negative: unborn)
  std::string category;             // CP category (ChildProtection only)
  bool disabled = false;
  bool uasc = false;                // LongTerm only: an unaccompanied asylum-seeking child
  // Stretches care lengths on top of the model's calibrated scale: the borough holds its
  // number of children looked after near the target with it (borough.hpp).
  double care_length_factor = 1;
};

struct DraftedEpisode {
  CinEpisode episode;
  std::optional<CareCourse> care;  // the child comes into care (LongTerm, some CP plans)
};

// A whole episode, as if nothing ends it early: every date, closure and reason, with codes
// from the newest code lists, and the course of care it leads to. NumberOfPreviousCPP is left
// at 0 for the caller to set. A course "until 18" ends 40 years on: the caller cuts it.
DraftedEpisode draft_episode(const JourneyModel& model, const EpisodeRequest& request,
                             Random& random);

// Why an episode stops before its natural end.
enum class ServiceEnd : std::uint8_t { TurnedEighteen, MovedAway, Died };

// Cuts `episode` so nothing happens after `last_day`: later events are dropped, open items
// end on `last_day`, and the episode closes then with the matching reason (RC6 transferred to
// adult services for disabled children at 18, RC7 otherwise at 18, RC5 moved, RC2 died).
// Does nothing if the episode already closed on or before `last_day`.
void end_service(CinEpisode& episode, Date last_day, ServiceEnd why, bool disabled);

}  // namespace lens::synth
