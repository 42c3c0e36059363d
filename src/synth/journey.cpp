#include "synth/journey.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include <fmt/core.h>

#include "core/working_day_calendar.hpp"

namespace lens::synth {
namespace {

constexpr double kDaysPerYear = 365.25;
// Of the children starting to be looked after who are not UASC, this share come into care
// from a child protection plan (DfE: about a third of starters had been on a plan).
constexpr double kCareFromPlans = 0.3;

// Days from a LongTerm referral to the child coming into care: emergencies the same day, most
// within a month, some after an assessment and a pre-proceedings meeting.
const Piecewise& care_lag() {
  static const Piecewise p({{0, 1, 25}, {1, 31, 40}, {31, 121, 35}});
  return p;
}

// Assessment start after the referral, in working days: most start the same day.
const Piecewise& assessment_lag() {
  static const Piecewise p({{0, 1, 60}, {1, 2, 25}, {2, 6, 15}});
  return p;
}

int whole(double x) { return static_cast<int>(std::floor(x)); }

// Age bands of children at referral by route, as shares (%) of new children. The general
// pattern follows DfE's characteristics of children in need (more referrals for babies and
// teenagers than their share of the population); child protection plans start younger
// (DfE CP starts by age; Redbridge 2012/13 seed 002:113-118 is close to it).
const std::array<std::array<double, kAgeBands>, kTracks> kAgeShares = {{
    {3, 8, 19, 24, 33, 13},   // ReferralNfa
    {4, 9, 20, 24, 32, 11},   // NotInNeed
    {4, 8, 19, 24, 33, 12},   // CinPlan
    {4, 9, 22, 26, 31, 8},    // Section47Closed
    {7, 12, 25, 25, 27, 4},   // IcpcNoPlan
    // Children coming back (re-referrals, second plans) are older than new ones, so new
    // children start younger than the published mix of all plans to end up near it.
    {9, 15, 28, 24, 22, 2},   // ChildProtection
    {5, 16, 15, 15, 33, 16},  // LongTerm (DfE children starting to be looked after by age, not UASC)
}};

struct SourceWeight {
  const char* code;
  double weight;  // national shares of referrals, % (DfE characteristics of CIN, c. 2017-2020)
};
const std::vector<SourceWeight> kSources = {
    {"1A", 5.0}, {"1B", 1.0}, {"1C", 1.0}, {"1D", 0.7}, {"2A", 17.0}, {"2B", 2.0},
    {"3A", 2.5}, {"3B", 2.0}, {"3C", 0.5}, {"3D", 3.0}, {"3E", 2.5},  {"3F", 4.5},
    {"4", 2.0},  {"5A", 5.0}, {"5B", 3.0}, {"5C", 4.0}, {"5D", 2.5},  {"6", 29.0},
    {"7", 3.0},  {"8", 4.0},  {"9", 0.8},  {"10", 2.5}};

// How a child's age shifts who refers: no schools before school age, health visitors and
// midwives for babies, self-referrals and housing for older teenagers.
double source_multiplier(AgeBand band, const std::string& code) {
  const bool school = code == "2A" || code == "2B";
  switch (band) {
    case AgeBand::Unborn:
      if (school || code == "1C" || code == "3C") return 0;
      if (code == "3F") return 6;
      if (code[0] == '3') return 3;
      if (code == "5A") return 2;
      if (code == "6") return 0.5;
      return 1;
    case AgeBand::Under1:
      if (code == "2A" || code == "1C" || code == "3C") return 0;
      if (code == "2B") return 0.2;
      if (code == "3B") return 5;
      if (code == "3E" || code == "3F") return 2;
      if (code == "6") return 0.8;
      return 1;
    case AgeBand::Age1to4:
      if (code == "1C") return 0;
      if (code == "2A") return 0.3;
      if (code == "3B") return 2;
      return 1;
    case AgeBand::Age5to9:
      if (code == "2A") return 1.3;
      if (code == "1C") return 0.2;
      return 1;
    case AgeBand::Age10to15:
      if (code == "2A") return 1.4;
      if (code == "1C") return 1.5;
      if (code == "6") return 1.1;
      return 1;
    case AgeBand::Age16Plus:
      if (code == "2A") return 0.7;
      if (code == "1C") return 4;
      if (code == "6") return 1.3;
      if (code == "4") return 3;
      return 1;
  }
  return 1;
}

// The default mix of initial categories of abuse for CP plans (England, c. 2017-2020: neglect
// and emotional abuse the main ones), used when a profile gives none.
const std::vector<std::pair<std::string, double>> kCategoryShares = {
    {"NEG", 48}, {"PHY", 7}, {"SAB", 4}, {"EMO", 35}, {"MUL", 6}};

// Assessment factors with their national weights (DfE c3, England, factors identified at the
// end of assessment, thousands), and who they apply to.
struct Factor {
  const char* code;
  double weight;
  int min_age;  // years; factors about the child's own behaviour need an older child
};
const std::vector<Factor> kFactors = {
    {"1A", 10.6, 10}, {"1B", 73.3, -1}, {"1C", 11.6, -1}, {"2A", 24.6, 10}, {"2B", 72.6, -1},
    {"2C", 15.9, -1}, {"3A", 57.9, 0},  {"3B", 162.9, -1}, {"3C", 25.6, -1}, {"4A", 90.4, 8},
    {"4B", 171.8, -1}, {"4C", 23.6, -1}, {"5A", 63.2, 3},  {"5B", 15.2, -1}, {"5C", 7.5, -1},
    {"6A", 24.2, 0},  {"6B", 27.6, -1}, {"6C", 5.3, -1},  {"7A", 19.0, 8},  {"8E", 2.0, 5},
    {"9A", 6.3, 14},  {"10A", 16.9, 10}, {"11A", 12.4, 11}, {"12A", 2.3, 10}, {"13A", 8.9, 12},
    {"14A", 36.0, 8}, {"15A", 25.5, 10}, {"16A", 90.4, -1}, {"17A", 97.7, -1}, {"18B", 15.3, 5},
    {"18C", 61.4, 0}, {"19B", 12.6, 5},  {"19C", 18.9, 0},  {"22A", 0.8, 0},  {"23A", 2.2, 0},
    {"24A", 16.3, 11}, {"20", 83.8, -1}};

int age_years_of(AgeBand band) {
  switch (band) {
    case AgeBand::Unborn: return -1;
    case AgeBand::Under1: return 0;
    case AgeBand::Age1to4: return 2;
    case AgeBand::Age5to9: return 7;
    case AgeBand::Age10to15: return 12;
    case AgeBand::Age16Plus: return 16;
  }
  return 7;
}

std::vector<std::string> choose_factors(const EpisodeRequest& r, Date authorised,
                                        Random& random) {
  // Assessments that find nothing are recorded with "21" alone (DfE rule 8869).
  if (r.track == Track::NotInNeed && random.chance(0.35)) return {"21"};
  const int age = age_years_of(r.band);
  const bool has_24a = authorised >= *Date::from_ymd(2021, 4, 1);
  std::vector<std::string> chosen;
  auto add = [&](const std::string& code) {
    if (std::find(chosen.begin(), chosen.end(), code) == chosen.end()) chosen.push_back(code);
  };
  if (r.track == Track::ChildProtection) {
    if (r.category == "NEG" || r.category == "MUL") add("16A");
    if (r.category == "EMO" || r.category == "MUL") add("17A");
    if (r.category == "PHY") add("18C");
    if (r.category == "SAB") add("19C");
    if (r.category == "EMO" && random.chance(0.6)) add("3B");
  }
  static const Weighted how_many({20, 25, 23, 15, 10, 7});
  std::size_t n = how_many(random) + 1;
  if (r.track == Track::NotInNeed) n = std::min<std::size_t>(n, 2);
  std::vector<double> weights;
  for (const auto& f : kFactors) {
    bool ok = age >= f.min_age && !(std::string(f.code) == "24A" && !has_24a);
    weights.push_back(ok ? f.weight : 0);
  }
  Weighted pick(weights);
  for (int tries = 0; chosen.size() < n && tries < 20; ++tries) add(kFactors[pick(random)].code);
  return chosen;
}

std::string primary_need(const EpisodeRequest& r, Random& random) {
  // Need codes by route: abuse or neglect (N1) for nearly every child protection case, a mix
  // for children on CIN plans, disability (N2) only for disabled children.
  static const CodeTable not_in_need{{"N9", 70}, {"N0", 20}, {"N4", 5}, {"N5", 5}};
  static const CodeTable cin_plan{{"N1", 40}, {"N3", 6}, {"N4", 16}, {"N5", 20}, {"N6", 5},
                                  {"N7", 1}, {"N8", 4}};
  static const CodeTable cin_plan_disabled{{"N1", 40}, {"N2", 55}, {"N3", 6}, {"N4", 16},
                                           {"N5", 20}, {"N6", 5}, {"N7", 1}, {"N8", 4}};
  static const CodeTable enquiry{{"N1", 80}, {"N5", 10}, {"N4", 6}, {"N3", 4}};
  static const CodeTable protection{{"N1", 95}, {"N5", 4}, {"N4", 1}};
  static const CodeTable long_term{{"N1", 62}, {"N8", 12}, {"N5", 10}, {"N4", 6}, {"N3", 5},
                                   {"N6", 5}};
  static const CodeTable long_term_disabled{{"N1", 62}, {"N2", 150}, {"N8", 12}, {"N5", 10},
                                            {"N4", 6}, {"N3", 5}, {"N6", 5}};
  switch (r.track) {
    case Track::ReferralNfa: return "";
    case Track::NotInNeed: return not_in_need(random);
    case Track::CinPlan: return (r.disabled ? cin_plan_disabled : cin_plan)(random);
    case Track::Section47Closed:
    case Track::IcpcNoPlan: return enquiry(random);
    case Track::ChildProtection: return protection(random);
    case Track::LongTerm:
      if (r.uasc) return "N8";  // absent parenting, as for nearly every UASC child
      return (r.disabled ? long_term_disabled : long_term)(random);
  }
  return "N0";
}

// Reasons episodes close, by how they end: services ceased (RC7) for most; adoption (RC1),
// special guardianship (RC4) and child arrangements orders (RC3) for children looked after
// long term; moving to another authority (RC5); adult services (RC6) for disabled children.
const CodeTable kCinPlanEnds{{"RC7", 90}, {"RC5", 5}, {"RC3", 3}, {"RC4", 2}};
const CodeTable kSupportEnds{{"RC7", 92}, {"RC5", 5}, {"RC3", 3}};
const CodeTable kPlanEnds{{"RC7", 85}, {"RC4", 5}, {"RC3", 5}, {"RC5", 5}};

// How a CIN episode closes after care: adopted (RC1), special guardianship (RC4), a child
// arrangements order (RC3), otherwise the case closed (RC7).
std::string closure_after_care(CareExit exit) {
  switch (exit) {
    case CareExit::Adoption: return "RC1";
    case CareExit::SpecialGuardianship: return "RC4";
    case CareExit::ChildArrangements: return "RC3";
    default: return "RC7";
  }
}

// One sample of the things calibration needs: how long until the child stops being the
// authority's (18th birthday or moving away) and the unscaled pieces of each route.
struct OpenTimeSample {
  double cut = 0;         // days from referral to the end of service
  double assessment = 0;  // days from referral to authorisation
  double icpc = 0;        // days from referral to the initial conference
  double plan = 0;        // unscaled CP plan days
  double cin = 0;         // unscaled CIN plan days
  double step_down = 0;   // CIN support after a CP plan or care (0 if none)
  bool follow_on = false; // Section 47 / conference routes that go on to a CIN plan
  // Care (LongTerm, and CP plans that end in care): when it starts (days from referral; for
  // plans, after the plan), how old the child is then, how long it lasts unscaled.
  bool in_care = false;
  double care_lag = 0, care_age = 0;
  CareCourseDraft care;
  // Days looked after with care lengths stretched by k, to the 18th birthday at most.
  double care_days(double k) const {
    const double to18 = 18 * kDaysPerYear - care_age;
    return std::max(1.0, care.length.until_eighteen ? to18 : std::min(care.length.days(k), to18));
  }
};

double days_to_move(Random& random) {
  const int years = years_until_move(random);
  return years >= kNeverMoves ? 1e9 : (years + random.uniform()) * kDaysPerYear;
}

}  // namespace

AgeBand age_band(int age) {
  if (age < 0) return AgeBand::Unborn;
  if (age < 1) return AgeBand::Under1;
  if (age < 5) return AgeBand::Age1to4;
  if (age < 10) return AgeBand::Age5to9;
  if (age < 16) return AgeBand::Age10to15;
  return AgeBand::Age16Plus;
}

int age_in_days(AgeBand band, Random& random) {
  switch (band) {
    case AgeBand::Unborn: return -random.between(14, 250);
    case AgeBand::Under1: return random.between(0, 364);
    case AgeBand::Age1to4: return random.between(365, 5 * 365);
    case AgeBand::Age5to9: return random.between(5 * 365 + 2, 10 * 365 + 1);
    case AgeBand::Age10to15: return random.between(10 * 365 + 3, 16 * 365 + 3);
    case AgeBand::Age16Plus: return random.between(16 * 365 + 5, 18 * 365 + 3);
  }
  return 0;
}

int age_into_care(AgeBand band, Random& random) {
  if (band == AgeBand::Age16Plus) return random.between(16 * 365 + 5, 17 * 365 + 230);
  return age_in_days(band, random);
}

int years_until_move(Random& random) {
  // P(first move in year k) = h (1-h)^k for k < 19; the rest never move before 18.
  static const Weighted table = [] {
    std::vector<double> w;
    double stay = 1;
    for (int k = 0; k < kNeverMoves; ++k) {
      w.push_back(stay * kMoveAwayPerYear);
      stay *= 1 - kMoveAwayPerYear;
    }
    w.push_back(stay);
    return Weighted(w);
  }();
  return static_cast<int>(table(random));
}

namespace {
// Everything build_journey_model reads from the targets, as text: the cache key, and the seed
// of the calibration samples.
std::string model_key(const YearTargets& t) {
  std::string key = fmt::format(
      "{} {:.9g} {:.9g} {:.9g} {:.9g} {:.9g} {:.9g} {:.9g} {:.9g} {:.9g} {:.9g} {:.9g} {:.9g} {:.9g}",
      t.start_year, t.referrals_rate, t.re_referrals_pct, t.nfa_pct, t.not_in_need_pct,
      t.assessments_45wd_pct, t.s47_rate, t.icpc_rate, t.icpc_15wd_pct, t.cpp_started_rate,
      t.cpp_at_end_rate, t.cpp_second_pct, t.cin_at_end_rate, t.lac_at_end_rate);
  for (const auto* shares : {&t.referral_sources, &t.cpp_categories, &t.cpp_age_bands}) {
    key += " |";
    for (const auto& [k, v] : *shares) key += fmt::format(" {}={:.9g}", k, v);
  }
  const CareTargets& c = t.care;
  key += " | care";
  for (double v : {c.started_rate, c.three_plus_placements_pct, c.missing_pct, c.away_pct, c.adopted_pct,
                   c.uasc_at_end_pct, c.leavers_eet_pct, c.leavers_suitable_pct, c.leavers_not_in_touch_pct,
                   c.health_assessment_pct, c.dental_check_pct, c.immunisations_pct, c.convicted_pct,
                   c.substance_misuse_pct, c.sdq_mean})
    key += fmt::format(" {:.9g}", v);
  return key;
}
}  // namespace

std::shared_ptr<const JourneyModel> JourneyModelCache::get(const YearTargets& targets) {
  const std::string key = model_key(targets);
  {
    std::lock_guard lock(mutex_);
    if (auto it = models_.find(key); it != models_.end()) return it->second;
  }
  // Built outside the lock: two threads may build the same model, and both get equal ones.
  auto model = std::make_shared<const JourneyModel>(build_journey_model(targets));
  std::lock_guard lock(mutex_);
  return models_.emplace(key, std::move(model)).first->second;
}

JourneyModel build_journey_model(const YearTargets& t) {
  Random random(derive_seed(0, "calibration " + model_key(t)));
  JourneyModel m;
  m.start_year = t.start_year;
  auto clamp01 = [](double x) { return std::clamp(x, 0.0, 1.0); };

  // Route probabilities from the published figures, all a year per 10,000 children, so the
  // model does not depend on the authority's size.
  const double referrals = std::max(1e-6, t.referrals_rate);
  const double s47 = t.s47_rate, icpc = t.icpc_rate, plans = t.cpp_started_rate;
  m.nfa = std::clamp(t.nfa_pct / 100, 0.0, 0.6);

  // Starts in care by route. UASC: their share of the stock at 31 March over the years a UASC
  // child is looked after (most from 16 to 18). Child protection plans: kCareFromPlans of the
  // rest, as long as that is no more than a quarter of plans. LongTerm referrals: the others.
  m.care = build_care_model(t.care, derive_seed(0, "care " + model_key(t)));
  const double starts = std::max(0.0, t.care.started_rate), lac = std::max(0.0, t.lac_at_end_rate);
  double uasc_years = 0;
  {
    const int n = 2000;
    for (int i = 0; i < n; ++i) {
      OpenTimeSample u;
      u.care_age = uasc_age_in_days(random);
      u.care = draft_care_course(m.care, static_cast<int>(u.care_age), true, random);
      uasc_years += u.care_days(1) / kDaysPerYear / n;
    }
  }
  const double uasc_starts = std::min(lac * t.care.uasc_at_end_pct / 100 / uasc_years, 0.6 * starts);
  const double plan_starts = std::min(kCareFromPlans * (starts - uasc_starts), 0.25 * plans);
  const double referral_starts = std::max(0.0, starts - uasc_starts - plan_starts);
  m.care.after_cp_plan = plans > 0 ? plan_starts / plans : 0;
  m.care.uasc_share = referral_starts + uasc_starts > 0 ? uasc_starts / (referral_starts + uasc_starts) : 0;
  m.care.uasc_of_starts = starts > 0 ? uasc_starts / starts : 0;
  m.care.starts_rate = starts;
  const double long_of_all = std::min((referral_starts + uasc_starts) / referrals, 0.15);
  m.long_term = long_of_all / (1 - m.nfa);
  const double s47_of_all = std::min(s47 / referrals, (1 - m.nfa - long_of_all) * 0.95);
  m.s47 = s47_of_all / ((1 - m.nfa) * (1 - m.long_term));
  m.icpc_after_s47 = s47 > 0 ? clamp01(icpc / s47) : 0;
  m.plan_after_icpc = icpc > 0 ? clamp01(plans / icpc) : 0;
  const double rest = 1 - m.nfa - long_of_all - s47_of_all;
  const double nin_of_all = std::min(t.not_in_need_pct / 100, rest * 0.9);
  m.not_in_need = rest > 0 ? nin_of_all / rest : 0;
  m.assessments_45wd = clamp01(t.assessments_45wd_pct / 100);
  m.icpc_15wd = clamp01(t.icpc_15wd_pct / 100);

  // Shares of all referrals by route.
  std::array<double, kTracks> share{};
  share[int(Track::ReferralNfa)] = m.nfa;
  share[int(Track::LongTerm)] = long_of_all;
  share[int(Track::ChildProtection)] = s47_of_all * m.icpc_after_s47 * m.plan_after_icpc;
  share[int(Track::IcpcNoPlan)] = s47_of_all * m.icpc_after_s47 * (1 - m.plan_after_icpc);
  share[int(Track::Section47Closed)] = s47_of_all * (1 - m.icpc_after_s47);
  share[int(Track::NotInNeed)] = nin_of_all;
  share[int(Track::CinPlan)] = std::max(0.0, rest - nin_of_all);

  m.assessment_on_time = Piecewise({{1, 10, 10}, {10, 20, 22}, {20, 35, 38}, {35, 46, 30}});
  m.assessment_late = Piecewise({{46, 60, 50}, {60, 90, 35}, {90, 150, 15}});
  // DfE's durations from enquiry to conference, England 2016-17 (c4): 0-10 working days 16%,
  // 11-15 61%, 16-20 9%, 21+ 14%; split here into on time and late.
  m.icpc_on_time = Piecewise({{3, 11, 21}, {11, 16, 79}});
  m.icpc_late = Piecewise({{16, 21, 40}, {21, 41, 60}});
  const Piecewise cp_base({{30, 91, 15}, {91, 183, 17}, {183, 365, 38}, {365, 730, 27},
                           {730, 1100, 3}});
  const Piecewise cin_base({{30, 91, 20}, {91, 183, 25}, {183, 365, 30}, {365, 730, 18},
                            {730, 1500, 7}});
  m.step_down = Piecewise({{30, 91, 35}, {91, 183, 40}, {183, 280, 25}});

  // Categories, ages and referral sources, with the profile's own where it gives them.
  for (const auto& [code, w] : kCategoryShares) m.categories.push_back(code);
  std::vector<double> cat;
  for (const auto& [code, w] : kCategoryShares)
    cat.push_back(t.cpp_categories.empty() ? w : (t.cpp_categories.count(code) ? t.cpp_categories.at(code) : 0));
  m.category = Weighted(cat);
  static const std::vector<std::string> kBandNames = {"unborn", "under 1", "1-4", "5-9", "10-15", "16+"};
  for (int track = 0; track < kTracks; ++track) {
    std::vector<double> w(kAgeShares[track].begin(), kAgeShares[track].end());
    if (track == int(Track::ChildProtection) && !t.cpp_age_bands.empty())
      for (int b = 0; b < kAgeBands; ++b)
        w[b] = t.cpp_age_bands.count(kBandNames[b]) ? t.cpp_age_bands.at(kBandNames[b]) : 0;
    m.age_at_referral[track] = Weighted(w);
  }
  for (const auto& s : kSources) m.referral_sources.push_back(s.code);
  for (int b = 0; b < kAgeBands; ++b) {
    const auto band = static_cast<AgeBand>(b);
    std::vector<double> w;
    double fixed = 0, free = 0;
    for (const auto& s : kSources) {
      double x = s.weight * source_multiplier(band, s.code);
      auto given = t.referral_sources.find(s.code);
      if (given != t.referral_sources.end() && x > 0) fixed += given->second;
      else free += x;
    }
    const double scale = free > 0 ? std::max(0.0, 1 - fixed) / free : 0;
    for (const auto& s : kSources) {
      double x = s.weight * source_multiplier(band, s.code);
      auto given = t.referral_sources.find(s.code);
      w.push_back(given != t.referral_sources.end() && x > 0 ? given->second : x * scale);
    }
    m.referral_source[b] = Weighted(w);
  }

  // Adoptions among children ceasing to be looked after (in a steady state, among children
  // starting): the chance by age at entry over the ages children come into care at by each
  // route — referrals at the LongTerm ages, plans at theirs after some 9 months of plan; UASC
  // children are never adopted. The factor on the adoption chance is solved for the target.
  {
    std::vector<double> referral_ages, plan_ages;  // years
    for (int i = 0; i < 2000; ++i) {
      const int lt = age_into_care(static_cast<AgeBand>(m.age_at_referral[int(Track::LongTerm)](random)), random);
      const int cp = age_in_days(static_cast<AgeBand>(m.age_at_referral[int(Track::ChildProtection)](random)), random);
      referral_ages.push_back(std::max(0, lt) / kDaysPerYear + 0.05);
      plan_ages.push_back(std::max(0, cp) / kDaysPerYear + 0.75);
    }
    auto adopted_share = [&](double f) {
      double by_referral = 0, by_plan = 0;
      for (double a : referral_ages) by_referral += adoption_chance(a, f) / referral_ages.size();
      for (double a : plan_ages) by_plan += adoption_chance(a, f) / plan_ages.size();
      return starts > 0 ? (referral_starts * by_referral + plan_starts * by_plan) / starts : 0;
    };
    const double target = std::clamp(t.care.adopted_pct / 100, 0.0, 0.5);
    double lo = 0, hi = 8;
    if (adopted_share(hi) <= target) lo = hi;
    for (int i = 0; i < 40 && lo < hi; ++i) {
      const double mid = (lo + hi) / 2;
      (adopted_share(mid) < target ? lo : hi) = mid;
    }
    m.care.adoption_factor = (lo + hi) / 2;
  }

  // Calibration: sample the open times of each route once (common random numbers, so the
  // stock is a smooth, increasing function of each scale) and solve the scales.
  const Date anchor = *Date::from_ymd(t.start_year, 10, 1);
  const int samples = 4000;
  std::array<std::vector<OpenTimeSample>, kTracks> sampled;
  for (int track = 0; track < kTracks; ++track) {
    for (int i = 0; i < samples; ++i) {
      OpenTimeSample s;
      const auto band = static_cast<AgeBand>(m.age_at_referral[track](random));
      const int age = track == int(Track::LongTerm) ? age_into_care(band, random) : age_in_days(band, random);
      s.cut = std::min(18 * kDaysPerYear - age, days_to_move(random));
      const Date start = add_working_days(anchor, whole(assessment_lag()(random)));
      const int wd = whole(random.chance(m.assessments_45wd) ? m.assessment_on_time(random)
                                                             : m.assessment_late(random));
      s.assessment = add_working_days(start, wd) - anchor;
      const Date s47_start = add_working_days(start, random.between(0, 8));
      const int icpc_wd = whole(random.chance(m.icpc_15wd) ? m.icpc_on_time(random)
                                                           : m.icpc_late(random));
      s.icpc = add_working_days(s47_start, icpc_wd) - anchor;
      s.plan = cp_base(random);
      s.cin = cin_base(random);
      s.step_down = random.chance(0.65) ? m.step_down(random) : 0;
      s.follow_on = random.chance(track == int(Track::IcpcNoPlan) ? m.cin_plan_after_icpc
                                                                  : m.cin_plan_after_s47);
      if (track == int(Track::LongTerm)) {
        // Looked after children do not move away while in care: only the 18th birthday cuts.
        s.in_care = true;
        if (random.chance(m.care.uasc_share)) {
          s.care_age = uasc_age_in_days(random);
          s.care_lag = random.between(0, 2);
          s.cut = 18 * kDaysPerYear - s.care_age;
          s.care = draft_care_course(m.care, static_cast<int>(s.care_age), true, random);
        } else {
          s.care_lag = age < 0 ? -age + random.between(0, 3) : care_lag()(random);
          s.care_age = std::max(0.0, age + s.care_lag);
          s.cut = 18 * kDaysPerYear - age;
          s.care = draft_care_course(m.care, static_cast<int>(s.care_age), false, random);
        }
        s.step_down = s.care.exit == CareExit::ReturnHome && random.chance(0.4) ? m.step_down(random) : 0;
      } else if (track == int(Track::ChildProtection) && random.chance(m.care.after_cp_plan)) {
        s.in_care = true;
        s.care_age = std::max(0.0, age + s.icpc + s.plan);
        s.care = draft_care_course(m.care, static_cast<int>(s.care_age), false, random);
        s.step_down = 0;
      }
      sampled[track].push_back(s);
    }
  }
  auto mean_of = [&](int track, auto open) {
    double sum = 0;
    for (const auto& s : sampled[track]) sum += std::max(0.0, std::min(open(s), s.cut));
    return sum / samples;
  };
  // Finds the scale in [lo, hi] at which f reaches target (f increasing); clamps at the ends.
  auto solve = [](double target, auto f) {
    double lo = 0.05, hi = 20;
    if (f(lo) >= target) return lo;
    if (f(hi) <= target) return hi;
    for (int i = 0; i < 30; ++i) {
      double mid = std::sqrt(lo * hi);
      (f(mid) < target ? lo : hi) = mid;
    }
    return std::sqrt(lo * hi);
  };
  auto per_year_stock = [&](int track, double mean_days) {
    return referrals * share[track] * mean_days / kDaysPerYear;
  };
  const int cp = int(Track::ChildProtection), lt = int(Track::LongTerm);
  // Children on a CP plan at 31 March: plan starts a year x mean years a plan is open.
  const double cpp_stock = t.cpp_at_end_rate;
  if (share[cp] > 0 && cpp_stock > 0)
    m.cp_plan_scale = solve(cpp_stock, [&](double k) {
      return per_year_stock(cp, mean_of(cp, [&](const OpenTimeSample& s) { return s.icpc + k * s.plan; }) -
                                    mean_of(cp, [&](const OpenTimeSample& s) { return s.icpc; }));
    });
  const double kcp = m.cp_plan_scale;
  // Children looked after at 31 March: starts a year x mean years looked after, by route. For
  // plans that end in care, care starts when the (scaled) plan ends.
  auto mean_care = [&](int track, double k, bool plan_first) {
    double sum = 0, n = 0;
    for (const auto& s : sampled[track]) {
      if (!s.in_care) continue;
      OpenTimeSample c = s;
      if (plan_first) c.care_age = std::max(0.0, s.care_age - s.plan + kcp * s.plan);
      sum += c.care_days(k);
      ++n;
    }
    return n > 0 ? sum / n : 0;
  };
  auto lac_stock = [&](double k) {
    return (referrals * share[lt] * mean_care(lt, k, false) + plan_starts * mean_care(cp, k, true)) /
           kDaysPerYear;
  };
  if (starts > 0 && lac > 0) m.care.length_scale = solve(lac, lac_stock);
  const double kcare = m.care.length_scale;
  // Children in need at 31 March: every route's episodes; CIN plans take up the rest.
  auto cin_stock = [&](double k) {
    double total = 0;
    total += per_year_stock(int(Track::NotInNeed),
                            mean_of(int(Track::NotInNeed), [](auto& s) { return s.assessment + 3; }));
    total += per_year_stock(int(Track::CinPlan),
                            mean_of(int(Track::CinPlan), [&](auto& s) { return s.assessment + 5 + k * s.cin; }));
    total += per_year_stock(int(Track::Section47Closed),
                            mean_of(int(Track::Section47Closed), [&](auto& s) {
                              return s.assessment + 5 + (s.follow_on ? k * s.cin : 0);
                            }));
    total += per_year_stock(int(Track::IcpcNoPlan), mean_of(int(Track::IcpcNoPlan), [&](auto& s) {
                              return std::max(s.assessment, s.icpc) + 5 + (s.follow_on ? k * s.cin : 0);
                            }));
    total += per_year_stock(cp, mean_of(cp, [&](auto& s) {
                              double care = 0;
                              if (s.in_care) {
                                OpenTimeSample c = s;
                                c.care_age = std::max(0.0, s.care_age - s.plan + kcp * s.plan);
                                care = c.care_days(kcare) + 7;
                              }
                              return std::max(s.assessment, s.icpc + kcp * s.plan + s.step_down + care);
                            }));
    total += per_year_stock(lt, mean_of(lt, [&](auto& s) {
                              return std::max(s.assessment, s.care_lag + s.care_days(kcare) + 7 + s.step_down);
                            }));
    return total;
  };
  m.cin_plan_scale = solve(t.cin_at_end_rate, cin_stock);
  m.cp_plan = cp_base.scaled(m.cp_plan_scale);
  m.cin_plan = cin_base.scaled(m.cin_plan_scale);
  m.referrals_rate = referrals;
  m.lac_at_end_rate = lac_stock(kcare);
  m.cpp_at_end_rate =
      share[cp] > 0 ? per_year_stock(cp, mean_of(cp, [&](auto& s) { return s.icpc + kcp * s.plan; }) -
                                             mean_of(cp, [&](auto& s) { return s.icpc; }))
                    : 0;
  m.cin_at_end_rate = cin_stock(m.cin_plan_scale);
  return m;
}

DraftedEpisode draft_episode(const JourneyModel& m, const EpisodeRequest& r, Random& random) {
  DraftedEpisode out;
  CinEpisode& e = out.episode;
  e.referral = r.referral;
  if (r.uasc) {
    // Unaccompanied children are found by the police, brought by the Home Office or arrive
    // at the council's door.
    static const CodeTable sources{{"6", 45}, {"7", 15}, {"8", 30}, {"10", 10}};
    e.source = sources(random);
  } else {
    const Weighted& sources = m.referral_source[int(r.band)];
    std::string code = m.referral_sources[sources(random)];
    // Early help (5D) joined the code list in the 2022-23 census.
    if (code == "5D" && r.referral < *Date::from_ymd(2022, 4, 1)) code = "5B";
    e.source = code;
  }
  if (r.track == Track::ReferralNfa) {
    e.nfa = true;
    e.closure = r.referral;
    e.closure_reason = "RC8";
    return out;
  }
  e.primary_need = primary_need(r, random);
  const bool early_help_code = r.referral >= *Date::from_ymd(2022, 4, 1);

  Assessment a;
  a.start = add_working_days(r.referral, whole(assessment_lag()(random)));
  const int wd = whole(random.chance(m.assessments_45wd) ? m.assessment_on_time(random)
                                                         : m.assessment_late(random));
  a.authorised = add_working_days(a.start, wd);
  if (wd > 20 && random.chance(0.4)) a.internal_review = add_working_days(a.start, 20);
  a.factors = choose_factors(r, *a.authorised, random);
  const Date authorised = *a.authorised;
  e.assessments.push_back(std::move(a));

  Date last = authorised;  // the latest event so far; closure never comes before it
  auto add_cin_plan = [&](Date from, double days) {
    CinPlan p;
    p.start = from;
    p.end = from + std::max(1, whole(days));
    last = std::max(last, *p.end);
    e.cin_plans.push_back(p);
  };
  auto close = [&](Date when, const std::string& reason) {
    e.closure = std::max(when, last);
    e.closure_reason = reason;
  };

  switch (r.track) {
    case Track::ReferralNfa:
      break;
    case Track::NotInNeed:
      close(authorised + random.between(0, 7),
            early_help_code && random.chance(0.3) ? "RC9" : "RC8");
      break;
    case Track::CinPlan:
      add_cin_plan(authorised + random.between(0, 10), m.cin_plan(random));
      close(last + random.between(0, 14),
            kCinPlanEnds(random));
      break;
    case Track::LongTerm: {
      // Into care soon after the referral; a baby referred before birth at birth.
      const int lag = r.uasc ? random.between(0, 2)
                      : r.age_days < 0 ? -r.age_days + random.between(0, 3)
                                       : whole(care_lag()(random));
      const CareCourseDraft draft =
          draft_care_course(m.care, std::max(0, r.age_days + lag), r.uasc, random);
      out.care = date_course(draft, r.referral + lag, m.care.length_scale * r.care_length_factor);
      const Date end = out.care->end;
      // Some children looked after long term are reassessed along the way.
      if (random.chance(0.2) && end - authorised > 200) {
        Assessment again;
        again.start = authorised + random.between(120, std::min(400, end - authorised - 60));
        again.authorised = add_working_days(again.start, random.between(10, 45));
        again.factors = choose_factors(r, *again.authorised, random);
        last = std::max(last, *again.authorised);
        e.assessments.push_back(std::move(again));
      }
      // Children going home are often supported on a CIN plan for a while.
      if (draft.exit == CareExit::ReturnHome && random.chance(0.4)) {
        add_cin_plan(end, m.step_down(random));
        close(last + random.between(0, 14), kSupportEnds(random));
      } else {
        close(end + random.between(0, 14), closure_after_care(draft.exit));
      }
      break;
    }
    case Track::Section47Closed:
    case Track::IcpcNoPlan:
    case Track::ChildProtection: {
      Section47 s;
      s.start = add_working_days(e.assessments[0].start, random.between(0, 8));
      s.icpc_target = add_working_days(s.start, 15);
      Date icpc_date = s.start;
      // The enquiry can start after a short assessment was authorised; the episode cannot
      // close before it (DfE rule 8565).
      last = std::max(last, s.start);
      if (r.track == Track::Section47Closed) {
        s.icpc_not_required = true;
      } else {
        const int icpc_wd = whole(random.chance(m.icpc_15wd) ? m.icpc_on_time(random)
                                                             : m.icpc_late(random));
        icpc_date = add_working_days(s.start, icpc_wd);
        // The conference follows the enquiry, so it is recorded on the Section 47 only: the
        // CIN details DateOfInitialCPC is for a conference with no enquiry in the episode, and
        // one date at both levels is the same conference twice (DfE rule 2884).
        s.icpc = icpc_date;
        last = std::max(last, icpc_date);
      }
      e.section47s.push_back(s);
      if (r.track == Track::ChildProtection) {
        CpPlan plan;
        plan.start = icpc_date;
        const Date natural_end = plan.start + std::max(1, whole(m.cp_plan(random)));
        plan.initial_category = r.category.empty() ? "NEG" : r.category;
        plan.latest_category = plan.initial_category;
        if (random.chance(0.08)) plan.latest_category = m.categories[m.category(random)];
        // Reviews: the first within 3 months, then every 6 months (Working Together); most
        // on time. A plan usually ends at a review conference.
        Date due = add_months(plan.start, 3);
        Date review = random.chance(0.93) ? due - random.between(0, 25) : due + random.between(1, 30);
        while (review < natural_end) {
          plan.reviews.push_back(review);
          due = add_months(review, 6);
          review = random.chance(0.94) ? due - random.between(0, 25) : due + random.between(1, 30);
        }
        Date end = natural_end;
        if (!plan.reviews.empty() && natural_end - plan.reviews.back() < 45 && random.chance(0.7))
          end = plan.reviews.back();
        plan.end = end;
        last = std::max(last, end);
        e.cp_plans.push_back(plan);
        if (random.chance(m.care.after_cp_plan)) {
          // The plan ends because the child comes into care; the episode stays open while
          // they are looked after.
          const CareCourseDraft draft =
              draft_care_course(m.care, std::max(0, r.age_days + (end - r.referral)), false, random);
          out.care = date_course(draft, end, m.care.length_scale * r.care_length_factor);
          close(out.care->end + random.between(0, 14), closure_after_care(draft.exit));
        } else if (random.chance(0.65)) {
          add_cin_plan(end, m.step_down(random));
          close(last, kSupportEnds(random));
        } else {
          close(end, kPlanEnds(random));
        }
      } else {
        const double follow_on =
            r.track == Track::IcpcNoPlan ? m.cin_plan_after_icpc : m.cin_plan_after_s47;
        if (random.chance(follow_on)) {
          add_cin_plan(last + random.between(0, 10), m.cin_plan(random));
          close(last + random.between(0, 14), kSupportEnds(random));
        } else {
          // Not RC8 ("closed after assessment, no further action"): an enquiry is activity
          // after the assessment (DfE rule 2990), so the case closes with services ceased.
          close(last + random.between(0, 10), "RC7");
        }
      }
      break;
    }
  }
  return out;
}

void end_service(CinEpisode& e, Date last_day, ServiceEnd why, bool disabled) {
  if (e.closure && *e.closure <= last_day) return;
  auto after = [&](Date d) { return d > last_day; };
  std::erase_if(e.assessments, [&](const Assessment& a) { return after(a.start); });
  for (auto& a : e.assessments) {
    if (a.internal_review && after(*a.internal_review)) a.internal_review.reset();
    if (!a.authorised || after(*a.authorised)) a.authorised = last_day;
  }
  std::erase_if(e.section47s, [&](const Section47& s) { return after(s.start); });
  for (auto& s : e.section47s)
    if (s.icpc && after(*s.icpc)) {
      s.icpc.reset();
      s.icpc_not_required = true;
    }
  if (e.icpc && after(*e.icpc)) e.icpc.reset();
  std::erase_if(e.cp_plans, [&](const CpPlan& p) { return after(p.start); });
  for (auto& p : e.cp_plans) {
    if (!p.end || after(*p.end)) p.end = last_day;
    std::erase_if(p.reviews, after);
  }
  std::erase_if(e.cin_plans, [&](const CinPlan& p) { return after(p.start); });
  for (auto& p : e.cin_plans)
    if (!p.end || after(*p.end)) p.end = last_day;
  e.closure = last_day;
  switch (why) {
    case ServiceEnd::TurnedEighteen: e.closure_reason = disabled ? "RC6" : "RC7"; break;
    case ServiceEnd::MovedAway: e.closure_reason = "RC5"; break;
    case ServiceEnd::Died: e.closure_reason = "RC2"; break;
  }
}

}  // namespace lens::synth
