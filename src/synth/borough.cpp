#include "synth/borough.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <queue>
#include <string>
#include <unordered_set>

#include "core/working_day_calendar.hpp"
#include "synth/census_year.hpp"
#include "synth/journey.hpp"
#include "synth/looked_after_year.hpp"
#include "synth/upn.hpp"

namespace lens::synth {
namespace {

constexpr double kKnownShare = 0.25;       // new referrals that are for a child known before
constexpr double kDeathPerEpisode = 0.0004;
constexpr double kKeeperGain = 0.05;

// Holds a running share near its target: the chance of a hit is the target plus a pull
// towards it proportional to how far the count has drifted, so a year ends close to the
// target but not on it exactly.
class RateKeeper {
 public:
  bool decide(Random& random, double target) {
    return random.chance(target + kKeeperGain * (target * trials_ - hits_));
  }
  void record(double trials, double hits) {
    trials_ += trials;
    hits_ += hits;
  }

 private:
  double trials_ = 0, hits_ = 0;
};

struct SimChild {
  Child record;
  Date born;
  Date leaves;  // the last day the authority serves the child
  ServiceEnd why = ServiceEnd::TurnedEighteen;
  std::uint32_t household = 0;
  bool disabled = false;
  bool known = false;  // referred before
  bool in_recent = false;
  bool in_cp_pool = false;
  int cp_plans = 0;  // plans started, here or in another authority
  Date last_referral;
  Date free_from;  // no episode open from this day
  std::string given_name;
  std::unique_ptr<CareHistory> care;  // children who have been looked after
};

// Fewer referrals at weekends, on bank holidays, in August and over Christmas.
double day_weight(Date d) {
  double w = 1.0;
  if (d.weekday() == Weekday::Saturday) w = 0.18;
  if (d.weekday() == Weekday::Sunday) w = 0.14;
  if (WorkingDayCalendar::england_and_wales().is_bank_holiday(d)) w = 0.25;
  if (d.month() == 8) w *= 0.85;
  if ((d.month() == 12 && d.day() >= 24) || (d.month() == 1 && d.day() == 1)) w *= 0.6;
  return w;
}

// Ethnic groups are not referred in proportion to their population: DfE's characteristics
// of children in need show children of mixed and Black heritage over-represented, Asian and
// Chinese children under-represented, Gypsy, Roma and Traveller children much more often.
double ethnicity_multiplier(const std::string& code) {
  if (code == "WIRT") return 3.0;
  if (code == "WROM") return 2.0;
  if (code == "WOTH") return 0.8;
  if (code == "CHNE") return 0.3;
  switch (code[0]) {
    case 'M': return 1.8;
    case 'B': return 1.3;
    case 'A': return 0.6;
    case 'O': return 1.1;
    default: return 1.0;
  }
}

const std::vector<std::pair<std::string, double>> kDisabilities = {
    {"LD", 25}, {"AUT", 25}, {"COMM", 14}, {"BEH", 14}, {"MOB", 5}, {"HAND", 2},
    {"PC", 3},  {"INC", 2},  {"HEAR", 3},  {"VIS", 3},  {"CON", 2}, {"DDA", 2}};

class Borough {
 public:
  explicit Borough(const BoroughPlan& plan)
      : plan_(plan), la_(*plan.authority), random_(plan.seed) {
    id_base_ = 1000000 + static_cast<std::uint32_t>(random_.below(4000000));
    std::vector<double> w;
    const auto& codes = ethnicity_codes();
    for (std::size_t i = 0; i < codes.size(); ++i) {
      double share = i < la_.ethnicity.size() ? la_.ethnicity[i] : (codes[i] == "WBRI" ? 1000 : 0);
      ethnic_codes_.push_back(codes[i]);
      w.push_back(share * ethnicity_multiplier(codes[i]));
    }
    double total = 0;
    for (double x : w) total += x;
    // Not yet obtained and refused, as returns have them.
    ethnic_codes_.push_back("NOBT");
    w.push_back(total * 0.015);
    ethnic_codes_.push_back("REFU");
    w.push_back(total * 0.005);
    ethnicity_ = Weighted(w);
    std::vector<double> dw;
    for (const auto& [code, weight] : kDisabilities) dw.push_back(weight);
    disability_ = Weighted(dw);
  }

  void run(const std::function<void(BoroughYear&&)>& emit) {
    const int first = plan_.first_year - plan_.burn_in_years;
    for (int year = first; year <= plan_.last_year; ++year) {
      const YearTargets& targets = targets_for(year);
      model_ = plan_.models ? plan_.models->get(targets)
                            : std::make_shared<const JourneyModel>(build_journey_model(targets));
      population_ = targets.population;
      rereferral_target_ = targets.re_referrals_pct / 100;
      second_plan_target_ = targets.cpp_second_pct / 100;
      keepers_ = Keepers{};
      if (year == first) seed_looked_after(year);
      referrals_in_period(year);
      if (year >= plan_.first_year) emit(census_for(year + 1));
      forget_closed(collection_start(year + 2));
    }
  }

 private:
  struct Keepers {
    RateKeeper nfa, long_term, uasc, s47, icpc, plan, not_in_need, rereferral, second_plan;
  };

  const YearTargets& targets_for(int year) const {
    auto it = plan_.targets.lower_bound(year);
    if (it == plan_.targets.end()) return std::prev(it)->second;
    if (it->first == year || it == plan_.targets.begin()) return it->second;
    auto before = std::prev(it);
    return year - before->first <= it->first - year ? before->second : it->second;
  }

  void referrals_in_period(int year) {
    const Date start = collection_start(year + 1), end = reference_date(year + 1);
    std::vector<double> weights;
    double total = 0;
    for (Date d = start; d <= end; d = d + 1) {
      weights.push_back(day_weight(d));
      total += weights.back();
    }
    const long n = std::lround(model_->referrals_rate * population_ / 10000.0);
    // Systematic allocation: the year's count lands exactly, spread by the day weights.
    const double offset = random_.uniform();
    double cumulative = 0, due = 0;
    long allocated = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
      cumulative += weights[i];
      long by_now = static_cast<long>(std::floor(cumulative / total * n + offset));
      if (i + 1 == weights.size()) by_now = n;
      due += static_cast<double>(by_now - allocated);
      allocated = by_now;
      const Date d = start + static_cast<int>(i);
      while (due > 0) due -= referral(d);
    }
  }

  // One referral event (a child, or siblings referred together); returns how many children.
  int referral(Date d) {
    std::vector<std::pair<RateKeeper*, bool>> decisions;
    auto decide = [&](RateKeeper& k, double target) {
      bool hit = k.decide(random_, target);
      decisions.emplace_back(&k, hit);
      return hit;
    };
    Track track;
    if (decide(keepers_.nfa, model_->nfa)) track = Track::ReferralNfa;
    else if (decide(keepers_.long_term, model_->long_term)) track = Track::LongTerm;
    else if (decide(keepers_.s47, model_->s47)) {
      if (decide(keepers_.icpc, model_->icpc_after_s47))
        track = decide(keepers_.plan, model_->plan_after_icpc) ? Track::ChildProtection : Track::IcpcNoPlan;
      else track = Track::Section47Closed;
    } else track = decide(keepers_.not_in_need, model_->not_in_need) ? Track::NotInNeed : Track::CinPlan;
    const bool uasc = track == Track::LongTerm && decide(keepers_.uasc, model_->care.uasc_share);
    const bool cp = track == Track::ChildProtection;
    const std::string category = cp ? model_->categories[model_->category(random_)] : "";
    const bool want_previous_plan = cp && keepers_.second_plan.decide(random_, second_plan_target_);
    const bool want_rereferral = keepers_.rereferral.decide(random_, rereferral_target_);

    const Date year_ago = add_months(d, -12);
    auto recent = [&](const SimChild& c) { return c.known && c.last_referral >= year_ago; };
    // A child coming into care is of the age children come into care at, known before or not,
    // as the calibration of care lengths assumes (journey.hpp).
    const bool into_care = track == Track::LongTerm && !uasc;
    const auto care_band =
        into_care ? static_cast<AgeBand>(model_->age_at_referral[int(Track::LongTerm)](random_)) : AgeBand::Age5to9;
    auto free = [&](const SimChild& c) {
      return c.free_from <= d && c.born <= d && (!into_care || age_band(age_in_years(c.born, d)) == care_band);
    };
    std::vector<std::uint32_t> kids;
    std::optional<std::uint32_t> pick;
    if (uasc) {
      // A new arrival: never a child known before.
    } else if (want_previous_plan) {
      pick = pick_from(cp_pool_, d, [&](const SimChild& c) {
        return free(c) && recent(c) == want_rereferral;
      });
    } else if (want_rereferral) {
      pick = pick_from(recent_pool_, d, [&](const SimChild& c) {
        return free(c) && recent(c) && (!cp || c.cp_plans == 0);
      });
    } else if (random_.chance(kKnownShare)) {
      pick = pick_from(known_pool_, d, [&](const SimChild& c) {
        return free(c) && !recent(c) && (!cp || c.cp_plans == 0);
      });
    }
    if (pick) kids.push_back(*pick);
    else if (uasc) kids.push_back(new_uasc_child(d, uasc_age_in_days(random_)));
    else if (into_care) new_family(d, track, category, want_previous_plan, kids, care_band);
    else new_family(d, track, category, want_previous_plan, kids);

    const SimChild& first = children_[kids[0]];
    EpisodeRequest request;
    request.referral = d;
    request.track = track;
    request.band = first.born > d ? AgeBand::Unborn : age_band(age_in_years(first.born, d));
    request.age_days = d - first.born;
    request.category = category;
    request.disabled = first.disabled;
    request.uasc = uasc;
    request.care_length_factor = care_length_factor(d);
    const DraftedEpisode drafted = draft_episode(*model_, request, random_);

    int rereferrals = 0, previous_plans = 0;
    for (std::uint32_t kid : kids) {
      SimChild& c = children_[kid];
      rereferrals += recent(c);
      CinEpisode e = drafted.episode;
      for (auto& p : e.cp_plans) p.previous_plans = c.cp_plans;
      if (!e.cp_plans.empty() && c.cp_plans > 0) ++previous_plans;
      if (random_.chance(kDeathPerEpisode)) {
        const Date death = d + random_.between(0, std::max(0, std::min(*e.closure - d, 365)));
        if (death < c.leaves && death >= c.born) {
          c.leaves = death;
          c.why = ServiceEnd::Died;
          c.record.death = death;
        }
      }
      if (drafted.care) bring_into_care(kid, e, *drafted.care, uasc);
      if (*e.closure > c.leaves) end_service(e, c.leaves, c.why, c.disabled);
      c.cp_plans += static_cast<int>(e.cp_plans.size());
      c.last_referral = d;
      c.free_from = *e.closure + 1;
      if (!c.known) known_pool_.push_back(kid);
      c.known = true;
      if (!c.in_recent) recent_pool_.push_back(kid);
      c.in_recent = true;
      if (c.cp_plans > 0 && !c.in_cp_pool) cp_pool_.push_back(kid);
      c.in_cp_pool = c.cp_plans > 0;
      c.record.episodes.push_back(std::move(e));
    }
    const double n = static_cast<double>(kids.size());
    for (auto& [keeper, hit] : decisions) keeper->record(n, hit ? n : 0);
    keepers_.rereferral.record(n, rereferrals);
    if (cp) keepers_.second_plan.record(n, previous_plans);
    return static_cast<int>(kids.size());
  }

  // A random child from `pool` that `fits`; children who can no longer be referred (left the
  // authority, or out of the recent pool's 12 months) are dropped from it along the way.
  template <class Fits>
  std::optional<std::uint32_t> pick_from(std::vector<std::uint32_t>& pool, Date d, Fits fits) {
    const Date year_ago = add_months(d, -12);
    for (int tries = 0; tries < 40 && !pool.empty(); ++tries) {
      const std::size_t i = random_.below(pool.size());
      SimChild& c = children_[pool[i]];
      const bool stale = &pool == &recent_pool_ && c.last_referral < year_ago;
      if (d > c.leaves || stale) {
        if (&pool == &recent_pool_) c.in_recent = false;
        pool[i] = pool.back();
        pool.pop_back();
        continue;
      }
      if (fits(c)) return pool[i];
    }
    return std::nullopt;
  }

  // A family new to children's social care; the first child is `first_band` old when given.
  void new_family(Date d, Track track, const std::string& category, bool had_plan_elsewhere,
                  std::vector<std::uint32_t>& kids, std::optional<AgeBand> first_band = std::nullopt) {
    const Weighted& ages = model_->age_at_referral[static_cast<int>(track)];
    const auto band = first_band ? *first_band : static_cast<AgeBand>(ages(random_));
    static const Weighted family_size({70, 18, 8, 4});
    const int size = band == AgeBand::Unborn ? 1 : 1 + static_cast<int>(family_size(random_));
    const std::string ethnicity = ethnic_codes_[ethnicity_(random_)];
    const auto household = static_cast<std::uint32_t>(households_.size());
    households_.push_back(make_household(ethnicity, la_.postcode_districts, random_));
    for (int i = 0; i < size; ++i) {
      AgeBand b = band;
      if (i == 0 && first_band) {
        kids.push_back(new_child(d, age_into_care(b, random_), ethnicity, household, category));
        continue;
      }
      if (i > 0)
        do b = static_cast<AgeBand>(ages(random_));
        while (b == AgeBand::Unborn);
      const std::uint32_t kid = new_child(d, age_in_days(b, random_), ethnicity, household, category);
      // Moved here after a plan in another authority: counts towards previous plans.
      if (i == 0 && had_plan_elsewhere) children_[kid].cp_plans = random_.chance(0.2) ? 2 : 1;
      kids.push_back(kid);
    }
  }

  // How much to stretch the care lengths of children coming into care on `d`: the children
  // looked after now against the stock the period's model is calibrated to, to the fourth
  // power, so that what calibration cannot foresee (siblings, children known before, the first
  // years of the simulation, a target that changes) does not leave the stock off target for
  // long. Within 0.5..2.
  double care_length_factor(Date d) {
    while (!care_starts_.empty() && care_starts_.top().first <= d) {
      care_ends_.push(care_starts_.top().second);
      care_starts_.pop();
    }
    while (!care_ends_.empty() && care_ends_.top() <= d) care_ends_.pop();
    const double target = model_->lac_at_end_rate * population_ / 10000.0;
    if (target <= 0) return 1;
    const double ratio = target / std::max<double>(1.0, static_cast<double>(care_ends_.size()));
    return std::clamp(std::pow(ratio, 4), 0.5, 2.0);
  }

  // Children already looked after when the simulation begins: as if children had come into care
  // at the first year's rate in each of the 18 years before, those still looked after then.
  // Without them the stock at 31 March would lack, for years, the children looked after long
  // term (some from babyhood to 18) that the calibration counts on.
  void seed_looked_after(int year) {
    const Date begins = collection_start(year + 1);
    const CareModel& care = model_->care;
    const long per_year = std::lround(care.starts_rate * population_ / 10000.0);
    const Weighted& ages = model_->age_at_referral[static_cast<int>(Track::LongTerm)];
    for (int back = 18; back >= 1; --back) {
      const Date from = add_years(begins, -back);
      if (from.year() < 1991) continue;  // the working-day calendar starts in 1990
      for (long i = 0; i < per_year; ++i) {
        const Date d = from + random_.between(0, 364);
        const bool uasc = random_.chance(care.uasc_of_starts);
        const auto band = uasc ? AgeBand::Age16Plus : static_cast<AgeBand>(ages(random_));
        const int age = uasc ? uasc_age_in_days(random_) : age_into_care(band, random_);
        EpisodeRequest request;
        request.referral = d;
        request.track = Track::LongTerm;
        request.band = band;
        request.age_days = age;
        request.uasc = uasc;
        const DraftedEpisode drafted = draft_episode(*model_, request, random_);
        if (std::min(drafted.care->end, add_years(d - age, 18)) <= begins) continue;
        std::uint32_t kid;
        if (uasc) {
          kid = new_uasc_child(d, age);
        } else {
          const std::string ethnicity = ethnic_codes_[ethnicity_(random_)];
          const auto household = static_cast<std::uint32_t>(households_.size());
          households_.push_back(make_household(ethnicity, la_.postcode_districts, random_));
          kid = new_child(d, age, ethnicity, household, "");
        }
        CinEpisode e = drafted.episode;
        bring_into_care(kid, e, *drafted.care, uasc);
        SimChild& c = children_[kid];
        if (*e.closure > c.leaves) end_service(e, c.leaves, c.why, c.disabled);
        c.last_referral = d;
        c.free_from = *e.closure + 1;
        c.known = true;
        known_pool_.push_back(kid);
        c.record.episodes.push_back(std::move(e));
      }
    }
  }

  // The child comes into care: a period of care of their own on the course the referral set.
  // The CIN episode stays open while they are looked after, and they do not move away then.
  void bring_into_care(std::uint32_t kid, CinEpisode& e, CareCourse course, bool uasc) {
    SimChild& c = children_[kid];
    const Date eighteen = add_years(c.born, 18);
    course.start = std::max(course.start, c.born);
    if (c.care && !c.care->periods.empty())
      course.start = std::max(course.start, c.care->periods.back().end() + 1);
    if (course.start + 1 >= eighteen) return;  // no one starts to be looked after at 18 (rule 352)
    ChildInCare facts;
    facts.la = la_.la;
    facts.born = c.born;
    facts.female = c.record.gender == "2";
    facts.disabled = c.disabled;
    const std::string& need = e.primary_need;
    facts.category_of_need = need.size() == 2 && need[0] == 'N' && need[1] >= '1' && need[1] <= '8' ? need : "N1";
    if (!uasc) facts.home_postcode = households_[c.household].postcode;
    facts.districts = &la_.postcode_districts;
    facts.other_districts = &england_districts();
    if (c.why == ServiceEnd::Died) facts.death = c.leaves;
    if (!c.care) {
      c.care = std::make_unique<CareHistory>();
      c.care->seed = random_.next();
      c.care->uasc = uasc;
    }
    PeriodOfCare period = draft_period_of_care(model_->care, course, facts, random_);
    CareHistory& h = *c.care;
    // A few girls in care have a child of their own (from 15, rules 620, 621).
    const Date fifteen = add_years(c.born, 15);
    const Date from = std::max(period.start(), fifteen);
    if (facts.female && !h.mother_child_birth && from + 60 < period.end() && random_.chance(0.05))
      h.mother_child_birth = from + random_.between(30, period.end() - from - 1);
    if (makes_care_leaver(period, c.born)) {
      h.care_leaver = true;
      h.left_care = period.end();
    }
    const Date care_end = period.end();
    care_starts_.emplace(period.start(), care_end);
    const std::string ceased = period.reason_ceased();
    h.periods.push_back(std::move(period));
    if (*e.closure < care_end) e.closure = care_end;
    // An adopted child becomes another child, with a new LA child id (so rule 199 never sees
    // one come back); a young person found to be an adult, gone abroad or taken over by another
    // authority is not this authority's any more.
    if (ceased == "E11" || ceased == "E12" || ceased == "E15" || ceased == "E16" || ceased == "E3") {
      c.leaves = std::min(*e.closure, eighteen - 1);
      c.why = c.leaves == eighteen - 1 ? ServiceEnd::TurnedEighteen : ServiceEnd::MovedAway;
      return;
    }
    if (c.why == ServiceEnd::MovedAway && c.leaves <= *e.closure) {
      c.leaves = std::min(eighteen - 1, *e.closure + random_.between(30, 400));
      if (c.leaves == eighteen - 1) c.why = ServiceEnd::TurnedEighteen;
    }
  }

  // An unaccompanied asylum-seeking child: 14 to 17, nine in ten boys (DfE UASC statistics),
  // from the countries children mostly come from (Afghanistan, Eritrea, Sudan, Iran, Iraq,
  // Albania, Vietnam), so Asian, African and other ethnic groups.
  std::uint32_t new_uasc_child(Date d, int age_days) {
    static const CodeTable ethnicities{{"AOTH", 28}, {"OOTH", 24}, {"BAFR", 22}, {"BOTH", 6},
                                       {"WOTH", 12}, {"AIND", 2},  {"MOTH", 2},  {"NOBT", 4}};
    const std::string ethnicity = ethnicities(random_);
    const auto household = static_cast<std::uint32_t>(households_.size());
    households_.push_back(make_household(ethnicity, la_.postcode_districts, random_));
    const std::uint32_t kid = new_child(d, age_days, ethnicity, household, "", 0.9);
    SimChild& c = children_[kid];
    c.leaves = add_years(c.born, 18) - 1;  // looked after, then a care leaver: they stay
    c.why = ServiceEnd::TurnedEighteen;
    return kid;
  }

  std::uint32_t new_child(Date d, int age_days, const std::string& ethnicity,
                          std::uint32_t household, const std::string& category,
                          double male_share = 0.515) {
    SimChild c;
    c.household = household;
    c.born = d - age_days;
    // Nobody is born on 1 April: for a child in care who turns 17 that day, DfE rules 189 (no
    // SDQ from 17 on 1 April) and 197B (an SDQ for those turning 17 in the year) cannot both hold.
    if (c.born.month() == 4 && c.born.day() == 1) c.born = c.born + 1;
    Child& r = c.record;
    r.la = la_.la;
    r.la_child_id = std::to_string(id_base_ + children_.size());
    r.birth = c.born;
    if (c.born > d) r.expected_birth = std::max(d + 1, c.born + random_.between(-10, 10));
    r.gender.assign(1, random_.chance(category == "SAB" ? 0.3 : male_share) ? '1' : '2');
    r.ethnicity = ethnicity;
    const double u = random_.uniform();
    if (u < 0.12) {  // DfE: about one child in need in eight has a disability
      c.disabled = true;
      r.disabilities.push_back(kDisabilities[disability_(random_)].first);
      if (random_.chance(0.3)) {
        std::string second = kDisabilities[disability_(random_)].first;
        if (second != r.disabilities[0]) r.disabilities.push_back(second);
      }
    } else if (u > 0.18) {
      r.disabilities.push_back("NONE");
    }
    r.upn = new_upn(c.born);
    const Date eighteen = add_years(c.born, 18) - 1;
    c.leaves = eighteen;
    if (const int years = years_until_move(random_); years < kNeverMoves) {
      const Date moves = d + years * 365 + random_.between(0, 364);
      if (moves < eighteen) {
        c.leaves = moves;
        c.why = ServiceEnd::MovedAway;
      }
    }
    c.free_from = d;
    c.given_name = make_given_name(ethnicity, r.gender, random_);
    children_.push_back(std::move(c));
    return static_cast<std::uint32_t>(children_.size() - 1);
  }

  // A UPN as the child's first school would allocate it: this authority's number, a primary
  // school's establishment number, the year they started school.
  std::string new_upn(Date born) {
    const int start = born.year() + (born.month() >= 9 ? 5 : 4);
    for (;;) {
      std::string upn = make_upn(la_.la, random_.between(2000, 2999), start % 100,
                                 random_.between(0, 999));
      if (upns_.insert(upn).second) return upn;
    }
  }

  BoroughYear census_for(int collection_year) const {
    BoroughYear out;
    out.collection_year = collection_year;
    out.census.header = synthetic_header(la_.la, collection_year);
    out.looked_after.la = la_.la;
    out.looked_after.collection_year = collection_year;
    std::vector<const CareHistory*> histories;  // parallel to out.looked_after.children
    for (const SimChild& c : children_) {
      if (c.care && plan_.looked_after)
        if (auto child = child_in_ssda903(c.record, *c.care, collection_year, model_->care.targets)) {
          out.looked_after.children.push_back(std::move(*child));
          histories.push_back(c.care.get());
        }
      if (c.record.episodes.empty()) continue;
      auto child = child_in_census(c.record, collection_year);
      if (!child) continue;
      out.census.children.push_back(std::move(*child));
      const Household& h = households_[c.household];
      out.people.push_back(Person{la_.la, c.record.la_child_id, c.given_name, h.family_name,
                                  h.address, h.postcode});
    }
    add_missing(out.looked_after, histories);
    return out;
  }

  // The year's missing and away episodes, for the published shares of the children looked
  // after in the year (looked_after_year.hpp).
  void add_missing(LookedAfterReturn& r, const std::vector<const CareHistory*>& histories) const {
    std::vector<std::size_t> in_care;
    std::vector<double> risks;
    for (std::size_t i = 0; i < r.children.size(); ++i) {
      if (r.children[i].episodes.empty()) continue;
      in_care.push_back(i);
      risks.push_back(missing_risk(r.children[i], histories[i]->uasc, r.collection_year));
    }
    const CareTargets& t = model_->care.targets;
    const auto missing = chances_for_share(risks, t.missing_pct / 100);
    const auto away = chances_for_share(risks, t.away_pct / 100);
    for (std::size_t k = 0; k < in_care.size(); ++k)
      add_missing_episodes(r.children[in_care[k]], *histories[in_care[k]], missing[k], away[k], r.collection_year);
  }

  // Episodes and periods of care closed before `from` can never appear in a later return; a
  // care leaver is kept until they are 22.
  void forget_closed(Date from) {
    for (SimChild& c : children_) {
      auto& e = c.record.episodes;
      std::erase_if(e, [&](const CinEpisode& x) { return x.closure && *x.closure < from; });
      if (e.empty()) e.shrink_to_fit();
      if (!c.care) continue;
      std::erase_if(c.care->periods, [&](const PeriodOfCare& p) { return p.end() < from; });
      if (c.care->periods.empty() && (!c.care->care_leaver || add_years(c.born, 22) < from)) c.care.reset();
    }
  }

  const BoroughPlan& plan_;
  const Authority& la_;
  Random random_;
  std::shared_ptr<const JourneyModel> model_;
  int population_ = 0;
  Keepers keepers_;
  double rereferral_target_ = 0, second_plan_target_ = 0;
  std::vector<SimChild> children_;
  std::vector<Household> households_;
  // Periods of care not started yet (by start, with their end) and started ones not ended yet.
  std::priority_queue<std::pair<Date, Date>, std::vector<std::pair<Date, Date>>, std::greater<>> care_starts_;
  std::priority_queue<Date, std::vector<Date>, std::greater<Date>> care_ends_;
  std::vector<std::uint32_t> recent_pool_, known_pool_, cp_pool_;
  std::unordered_set<std::string> upns_;
  std::uint32_t id_base_ = 0;
  std::vector<std::string> ethnic_codes_;
  Weighted ethnicity_, disability_;
};

}  // namespace

void simulate_borough(const BoroughPlan& plan, const std::function<void(BoroughYear&&)>& emit) {
  Borough(plan).run(emit);
}

}  // namespace lens::synth
