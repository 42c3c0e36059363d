#include "synth/looked_after_year.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "returns/ssda903/ssda903_codes.hpp"
#include "synth/census_year.hpp"

namespace lens::synth {
namespace {

double share(double pct) { return std::clamp(pct / 100.0, 0.0, 1.0); }

// An SDQ score around the published average (scores spread with a standard deviation of
// about 7; 0 to 40).
int sdq_score(double mean, Random& random) {
  const double z = (random.uniform() + random.uniform() + random.uniform() - 1.5) * 2;
  return std::clamp(static_cast<int>(std::lround(mean + 7 * z)), 0, 40);
}

HealthOutcomes health_outcomes(Date born, int year, const CareTargets& t, Random& random) {
  const Date start = collection_start(year), end = reference_date(year);
  const int age_end = age_in_years(born, end), age_start = age_in_years(born, start);
  HealthOutcomes h;
  h.year = year;
  // Convictions for children of 10 or over (rules 542, 543); development checks for the under
  // 5s only (rules 545, 546); the four health items for everyone (rule 182).
  if (age_end >= 10) h.convicted = random.chance(share(t.convicted_pct));
  if (age_end < 5) h.health_check = random.chance(0.88);
  h.immunisations = random.chance(share(t.immunisations_pct));
  h.teeth_check = random.chance(share(t.dental_check_pct));
  h.health_assessment = random.chance(share(t.health_assessment_pct));
  // Substance misuse is a teenage problem: the published share of all is carried by the 11+.
  h.substance_misuse = age_end >= 11 && random.chance(std::min(1.0, 1.6 * share(t.substance_misuse_pct)));
  if (*h.substance_misuse) {
    // Received, or if not, whether it was offered (rules 158, 159, 192, 193).
    h.intervention_received = random.chance(0.55);
    if (!*h.intervention_received) h.intervention_offered = random.chance(0.6);
  }
  // An SDQ score, or the reason for none, for children of 4 to 16 (rules 186-189, 197).
  if (age_end >= 4 && age_start <= 16) {
    static const CodeTable no_score{{"SDQ4", 50}, {"SDQ5", 25}, {"SDQ2", 15}, {"SDQ3", 10}};
    if (random.chance(0.78)) h.sdq_score = sdq_score(t.sdq_mean, random);
    else h.sdq_reason = no_score(random);
  }
  return h;
}

CareLeaverOutcome care_leaver_outcome(int age, int year, const CareTargets& t, Random& random) {
  CareLeaverOutcome o;
  o.year = year;
  const bool older = age >= 19;
  // The published shares are for care leavers of 19 to 21; younger ones are more often in
  // touch, in education and suitably housed.
  const double not_in_touch = share(t.leavers_not_in_touch_pct) * (older ? 1.0 : 0.5);
  const double no_longer = older ? 0.03 : 0.0, home = older ? 0.01 : 0.04, died = 0.002;
  const double u = random.uniform();
  if (u < not_in_touch) o.in_touch = random.chance(0.7) ? "NO" : "REFU";
  else if (u < not_in_touch + no_longer) o.in_touch = "NREQ";
  else if (u < not_in_touch + no_longer + home) o.in_touch = "RHOM";
  else if (u < not_in_touch + no_longer + home + died) o.in_touch = "DIED";
  else o.in_touch = "YES";
  // "Not known" (0) for those who died or went home (rule 344) and the rest of those not in
  // touch; something known for those in touch (rule 345).
  if (o.in_touch != "YES") {
    o.activity = "0";
    o.accommodation = "0";
    return o;
  }
  const double in_touch = 1 - not_in_touch - no_longer - home - died;
  const double eet = older ? share(t.leavers_eet_pct) : std::min(0.95, share(t.leavers_eet_pct) + 0.12);
  const double suitable = older ? share(t.leavers_suitable_pct) : std::min(0.97, share(t.leavers_suitable_pct) + 0.05);
  static const CodeTable eet_older{{"F1", 12}, {"P1", 1}, {"F2", 25}, {"P2", 3}, {"F5", 33}, {"P5", 15}, {"F4", 8}, {"P4", 3}};
  static const CodeTable eet_younger{{"F2", 70}, {"P2", 5}, {"F1", 3}, {"F5", 11}, {"P5", 5}, {"F4", 5}, {"P4", 1}};
  static const CodeTable neet{{"G4", 25}, {"G5", 60}, {"G6", 15}};
  o.activity = random.chance(std::min(0.98, eet / in_touch)) ? (older ? eet_older : eet_younger)(random) : neet(random);
  // No foyers for care leavers under 18 (rule 347).
  static const CodeTable good_older{{"U1", 40}, {"D1", 15}, {"B1", 12}, {"Z1", 8}, {"E1", 7}, {"T1", 4},
                                    {"K1", 4}, {"C1", 1}, {"Y1", 5}};
  static const CodeTable good_younger{{"B1", 35}, {"Z1", 20}, {"D1", 22}, {"E1", 9}, {"C1", 5}, {"U1", 5},
                                      {"Y1", 4}};
  static const CodeTable poor{{"S2", 20}, {"V2", 20}, {"W2", 10}, {"X2", 20}, {"U2", 15}, {"K2", 10}, {"Y2", 5}};
  static const CodeTable poor_younger{{"S2", 20}, {"V2", 25}, {"W2", 10}, {"X2", 20}, {"B2", 15}, {"Y2", 10}};
  if (random.chance(std::min(0.99, suitable / in_touch))) o.accommodation = (older ? good_older : good_younger)(random);
  else o.accommodation = (age >= 18 ? poor : poor_younger)(random);
  return o;
}

}  // namespace

std::optional<LookedAfterChild> child_in_ssda903(const Child& identity, const CareHistory& care,
                                                 int year, const CareTargets& shares) {
  if (!identity.birth) return std::nullopt;
  const Date start = collection_start(year), end = reference_date(year);
  const Date born = *identity.birth;
  LookedAfterChild c;
  c.la = identity.la;
  c.la_child_id = identity.la_child_id;
  c.years = {year};
  c.sex = identity.gender;
  c.birth = born;
  c.ethnicity = identity.ethnicity;
  // A child of school age (4 on the 31 August before the year began) has a UPN (rule 209).
  c.upn = add_years(born, 4) <= *Date::from_ymd(start.year() - 1, 8, 31) && !identity.upn.empty()
              ? identity.upn : "UN1";

  const PeriodOfCare* latest = nullptr;
  for (const PeriodOfCare& p : care.periods) {
    if (p.start() > end || p.end() < start) continue;
    latest = &p;
    for (const LacEpisode& e : p.episodes) {
      if (e.start > end || (e.end && *e.end < start)) continue;
      LacEpisode shown = e;
      if (shown.end && *shown.end > end) {  // not known on 31 March
        shown.end.reset();
        shown.reason_ceased.clear();
        shown.reason_place_change.clear();
      }
      c.episodes.push_back(std::move(shown));
    }
    for (const LacReview& r : p.reviews)
      if (r.date >= start && r.date <= end) c.reviews.push_back(r);
    const AdoptionPath& a = p.adoption;
    if (a.decided && *a.decided <= end && (!a.reversed || *a.reversed >= start)) {
      PlacedForAdoption placed;
      placed.decided = *a.decided;
      if (a.reversed && *a.reversed <= end) {
        placed.reversed = a.reversed;
        placed.reason = a.reversal_reason;
      }
      c.placed_for_adoption.push_back(std::move(placed));
    }
    const std::string& ceased = p.reason_ceased();
    if ((ceased == "E11" || ceased == "E12") && p.end() >= start && p.end() <= end) {
      Adoption ad;
      ad.year = year;
      ad.should_be_placed = a.decided;
      ad.matched = a.matched;
      ad.foster_carer = a.foster_carer;
      ad.adopters = a.adopters;
      ad.adopter_sex = a.adopter_sex;
      ad.adopter_legal_status = a.adopter_legal_status;
      c.adoptions.push_back(std::move(ad));
    }
  }
  const bool in_care = !c.episodes.empty();
  if (in_care) {
    PreviousPermanence previous = latest->previous;
    previous.year = year;
    c.previous_permanence.push_back(std::move(previous));
    // Looked after continuously for 12 months at 31 March: the OC2 cohort.
    if (latest->start() <= start && latest->end() >= end) {
      Random random(derive_seed(care.seed, fmt::format("oc2 {}", year)));
      c.health.push_back(health_outcomes(born, year, shares, random));
    }
  }

  // Care leavers on the birthday that falls in the year, if they were not looked after on it.
  if (care.care_leaver && c.adoptions.empty() && c.health.empty()) {
    for (int age = 17; age <= 21; ++age) {
      const Date birthday = add_years(born, age);
      if (birthday < start || birthday > end || birthday < care.left_care) continue;
      const bool looked_after = std::any_of(care.periods.begin(), care.periods.end(), [&](const PeriodOfCare& p) {
        return p.start() <= birthday && p.end() > birthday;
      });
      if (looked_after) continue;
      Random random(derive_seed(care.seed, fmt::format("oc3 {}", year)));
      c.care_leaver.push_back(care_leaver_outcome(age, year, shares, random));
    }
  }
  if (!in_care && c.care_leaver.empty()) return std::nullopt;

  // Mother: recorded for girls looked after in the year (rules 165, 393).
  if (in_care && c.sex == "2") {
    const bool mother = care.mother_child_birth && *care.mother_child_birth <= end;
    c.mother = mother ? "1" : "0";
    if (mother) c.mother_child_birth = care.mother_child_birth;
  }
  // The date UASC status ceases: the 18th birthday (never before the year began, rule 104).
  if (care.uasc && add_years(born, 18) >= start) c.uasc.push_back({year, add_years(born, 18)});
  recode_for_ssda903_year(c, year);
  return c;
}

double missing_risk(const LookedAfterChild& child, bool uasc, int year) {
  if (child.episodes.empty() || !child.birth) return 0;
  const int age = age_in_years(*child.birth, reference_date(year));
  double risk = age >= 13 ? 1.0 : age >= 10 ? 0.35 : 0.0;
  bool residential = false, for_adoption = true;
  for (const LacEpisode& e : child.episodes) {
    residential |= e.placement == "K1" || e.placement == "K2" || e.placement == "H5";
    for_adoption &= e.placement[0] == 'A';
  }
  if (residential) risk *= 2.5;
  if (for_adoption) risk = 0;
  return uasc ? risk * 0.6 : risk;
}

std::vector<double> chances_for_share(const std::vector<double>& risks, double share) {
  std::vector<double> out(risks.size(), 0);
  const double wanted = std::clamp(share, 0.0, 0.95) * static_cast<double>(risks.size());
  double total = 0;
  for (double r : risks) total += r;
  if (total <= 0 || wanted <= 0) return out;
  // The cap at 0.95 takes some chance away; raise the scale until the sum is what is wanted.
  double scale = wanted / total;
  for (int round = 0; round < 20; ++round) {
    double sum = 0;
    for (double r : risks) sum += std::min(0.95, scale * r);
    if (sum >= wanted * 0.999 || sum <= 0) break;
    scale *= wanted / sum;
  }
  for (std::size_t i = 0; i < risks.size(); ++i) out[i] = std::min(0.95, scale * risks[i]);
  return out;
}

void add_missing_episodes(LookedAfterChild& child, const CareHistory& care, double missing_chance,
                          double away_chance, int year) {
  const Date start = collection_start(year), end = reference_date(year);
  Random propensity(derive_seed(care.seed, "runner"));
  const bool missing = propensity.uniform() < missing_chance;
  const bool away = propensity.uniform() < away_chance;
  if (!missing && !away) return;
  // The days looked after in the year, episode by episode (not placed for adoption), each
  // from its first day to the day before it ended.
  struct Span {
    Date from, to;  // inclusive
    double rate;    // episodes a year
  };
  std::vector<Span> spans;
  double days = 0;
  for (const LacEpisode& e : child.episodes) {
    if (e.placement[0] == 'A') continue;
    const Date from = std::max(e.start, start), to = e.end ? std::min(*e.end - 1, end) : end;
    if (to < from) continue;
    const bool residential = e.placement == "K1" || e.placement == "K2" || e.placement == "H5";
    spans.push_back({from, to, residential ? 6.0 : 3.5});
    days += to - from + 1;
  }
  if (spans.empty()) return;
  Random random(derive_seed(care.seed, fmt::format("missing {}", year)));
  std::vector<MissingEpisode> found;
  auto draw = [&](const char* kind, double share_of_rate) {
    double expected = 0;
    for (const Span& s : spans) expected += s.rate * share_of_rate * (s.to - s.from + 1) / 365.0;
    // At least one: the chance was of going missing in the year. Then a Poisson count.
    int count = 1;
    for (double t = -std::log(1 - random.uniform()); t < std::max(0.0, expected - 1); t -= std::log(1 - random.uniform()))
      ++count;
    for (int k = 0; k < count && k < 60; ++k) {
      double pick = random.uniform() * days;
      const Span* s = &spans.back();
      for (const Span& x : spans) {
        if (pick < x.to - x.from + 1) {
          s = &x;
          break;
        }
        pick -= x.to - x.from + 1;
      }
      static const Piecewise lasts({{0, 1, 45}, {1, 2, 30}, {2, 4, 15}, {4, 15, 10}});
      MissingEpisode m;
      m.kind = kind;
      m.start = s->from + random.between(0, s->to - s->from);
      m.end = std::min(s->to, m.start + static_cast<int>(lasts(random)));
      found.push_back(m);
    }
  };
  if (missing) draw("M", 1.0);
  if (away) draw("A", 0.5);
  // In order, none starting before the one before has ended (rule 574).
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  for (const MissingEpisode& m : found)
    if (child.missing.empty() || m.start > *child.missing.back().end) child.missing.push_back(m);
}

void recode_for_ssda903_year(LookedAfterChild& child, int year) {
  // From 2024-25 the 903 codes sex as M, F or U (DfE rule 101); written so once Lens's code
  // list has them (returns/ssda903/ssda903_codes.hpp), 1 and 2 until then.
  if (ssda903::is_valid_code(ssda903::CodeList::Sex, "M", year) && !ssda903::is_valid_code(ssda903::CodeList::Sex, "1", year)) {
    if (child.sex == "1") child.sex = "M";
    else if (child.sex == "2") child.sex = "F";
  }
  for (auto& e : child.episodes) {
    if (year < 2019) {
      // Special guardianship was E43 (former foster carers) or E44 (other carers) until 2018-19.
      if (e.reason_ceased == "E45" || e.reason_ceased == "E46") e.reason_ceased = "E43";
      if (e.reason_ceased == "E47" || e.reason_ceased == "E48") e.reason_ceased = "E44";
      if (e.reason_place_change == "CUSTOD") e.reason_place_change = "OTHER";
    }
  }
  for (auto& o : child.care_leaver) {
    if (year < 2022) {
      // Apprenticeships and other training or employment were one code until 2021-22.
      if (o.activity == "F4" || o.activity == "F5") o.activity = "F3";
      if (o.activity == "P4" || o.activity == "P5") o.activity = "P3";
    }
  }
}

}  // namespace lens::synth
