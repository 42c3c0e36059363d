#include "synth/care.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include "core/working_day_calendar.hpp"
#include "synth/authorities.hpp"
#include "synth/person.hpp"

namespace lens::synth {
namespace {

constexpr double kDaysPerYear = 365.25;

int whole(double x) { return static_cast<int>(std::floor(x)); }
double years_old(Date born, Date at) { return (at - born) / kDaysPerYear; }

// ---- how care begins, ends and lasts -------------------------------------------------------

// First legal status by age at entry (DfE children starting to be looked after by legal status,
// c. 2017-2023: section 20 for most, interim care orders for babies, police protection for some;
// remand and PACE only for children of 10 or over).
CareEntry draft_entry(double age, Random& random) {
  using E = CareEntry;
  static const std::array<E, 6> kinds = {E::Accommodated, E::InterimCareOrder, E::PoliceProtection,
                                         E::EmergencyProtection, E::Remand, E::Pace};
  static const Weighted baby({35, 45, 12, 8, 0, 0});
  static const Weighted child({55, 25, 15, 5, 0, 0});
  static const Weighted older({64, 14, 11, 2, 4, 5});
  static const Weighted oldest({74, 4, 8, 1, 7, 6});
  const Weighted& w = age < 1 ? baby : age < 10 ? child : age < 16 ? older : oldest;
  E e = kinds[w(random)];
  if (e == E::Remand && age < 12) e = E::Accommodated;
  return e;
}

// How care ends, by age at entry: adoption and special guardianship for the youngest, going
// home for most, independence or staying to 18 for teenagers (DfE children ceasing to be looked
// after by reason and age). The adoption weight is scaled to the authority's published share.
std::array<double, 7> exit_weights(double age, double adoption_factor) {
  std::array<double, 7> w{};
  if (age < 1) w = {27, 38, 18, 5, 7, 0, 5};
  else if (age < 5) w = {38, 22, 20, 6, 8, 0, 6};
  else if (age < 10) w = {50, 3, 17, 6, 16, 0, 8};
  else if (age < 16) w = {52, 0, 6, 3, 28, 0, 11};
  else w = {45, 0, 0, 0, 0, 40, 15};
  w[1] *= adoption_factor;
  return w;
}

CareExit draft_exit(double age, double adoption_factor, Random& random) {
  using X = CareExit;
  static const std::array<X, 7> kinds = {X::ReturnHome, X::Adoption, X::SpecialGuardianship,
                                         X::ChildArrangements, X::UntilEighteen, X::Independence,
                                         X::Other};
  const std::array<double, 7> w = exit_weights(age, adoption_factor);
  const X exit = kinds[Weighted(std::vector<double>(w.begin(), w.end()))(random)];
  if (exit == X::Other && age >= 12 && random.chance(0.15)) return X::Custody;
  return exit;
}

// Lengths of care before calibration stretches them, days.
const Piecewise& home_length() {
  static const Piecewise p({{1, 8, 14}, {8, 91, 28}, {91, 365, 30}, {365, 1095, 21}, {1095, 2500, 7}});
  return p;
}
const Piecewise& order_length() {
  static const Piecewise p({{180, 365, 20}, {365, 730, 45}, {730, 1460, 25}, {1460, 3000, 10}});
  return p;
}

// ---- placements ----------------------------------------------------------------------------

// Placement lengths, days, before placement_scale stretches them: the first placement is often
// an emergency one; later ones settle.
const Piecewise& first_placement() {
  static const Piecewise p({{1, 8, 22}, {8, 31, 20}, {31, 183, 25}, {183, 365, 13}, {365, 730, 10},
                            {730, 3000, 10}});
  return p;
}
const Piecewise& later_placement() {
  static const Piecewise p({{7, 91, 20}, {91, 183, 15}, {183, 365, 17}, {365, 730, 18},
                            {730, 1460, 15}, {1460, 5000, 15}});
  return p;
}
// Teenagers move more often.
double placement_age_factor(double age) { return age >= 12 ? 0.6 : age >= 5 ? 0.9 : 1.0; }

struct Placement {
  Date start;
  std::string place, provider, urn, postcode;
  std::string reason_change;  // why it ended, when a move ended it
};

bool is_foster(const std::string& p) { return p.size() == 2 && p[0] == 'U'; }
bool kin_foster(const std::string& p) { return p == "U1" || p == "U2" || p == "U3"; }
bool under_order(const std::string& ls) { return ls == "C1" || ls == "C2" || ls == "E1"; }

std::string choose_place(double age, const std::string& ls, bool uasc, bool first, int days_in_care,
                         bool adoption_route, Random& random) {
  static const CodeTable remand{{"K1", 25}, {"K2", 30}, {"U6", 20}, {"R5", 25}};
  static const CodeTable pace{{"K2", 50}, {"U6", 50}};
  static const CodeTable uasc_young{{"U6", 80}, {"K2", 20}};
  static const CodeTable uasc_older{{"H5", 55}, {"U6", 35}, {"K2", 10}};
  static const CodeTable for_adoption{{"U6", 72}, {"U5", 16}, {"U3", 12}};
  static const CodeTable baby_first{{"U6", 62}, {"U3", 18}, {"R3", 9}, {"P1", 5}};
  static const CodeTable baby{{"U6", 70}, {"U3", 20}, {"P1", 8}};
  static const CodeTable infant{{"U6", 63}, {"U3", 20}, {"P1", 9}, {"K2", 1}};
  static const CodeTable junior{{"U6", 58}, {"U3", 20}, {"P1", 9}, {"K2", 6}, {"S1", 2}};
  static const CodeTable teen{{"U6", 45}, {"U3", 12}, {"K2", 24}, {"K1", 1}, {"P1", 7}, {"S1", 3},
                              {"R1", 1}};
  static const CodeTable older{{"U6", 33}, {"U3", 8}, {"K2", 15}, {"H5", 34}, {"P1", 6}, {"P3", 0.5},
                               {"R2", 0.5}};
  std::string place;
  if (ls == "J1") place = remand(random);
  else if (ls == "J2") place = pace(random);
  else if (uasc) place = (age >= 16 ? uasc_older : uasc_young)(random);
  else if (adoption_route) place = for_adoption(random);
  else if (age < 1) place = (first ? baby_first : baby)(random);
  else if (age < 5) place = infant(random);
  else if (age < 10) place = junior(random);
  else if (age < 16) place = teen(random);
  else place = older(random);
  // Placed with parents only under a care order (a child accommodated under section 20 cannot
  // be, DfE rule 378); semi-independent living from 16, residential employment from 14.
  if (place == "P1" && !under_order(ls)) place = "U6";
  if (place == "H5" && age < 16) place = "K2";
  if (place == "P3" && age < 14) place = "U6";
  if (place == "S1" && age < 4) place = "U6";
  // After a year in care a foster placement is more often the long-term one.
  if (days_in_care > 365 && random.chance(0.6)) {
    if (place == "U6") place = "U4";
    else if (place == "U3") place = "U1";
  }
  return place;
}

std::string choose_provider(const std::string& place, Random& random) {
  static const CodeTable kin{{"PR1", 90}, {"PR2", 10}};
  static const CodeTable foster{{"PR1", 55}, {"PR4", 35}, {"PR5", 7}, {"PR2", 3}};
  static const CodeTable home{{"PR1", 25}, {"PR4", 65}, {"PR5", 7}, {"PR2", 3}};
  static const CodeTable secure{{"PR1", 30}, {"PR2", 45}, {"PR4", 25}};
  static const CodeTable semi{{"PR4", 70}, {"PR1", 20}, {"PR5", 10}};
  static const CodeTable school{{"PR4", 50}, {"PR5", 30}, {"PR2", 20}};
  static const CodeTable residential{{"PR4", 60}, {"PR5", 40}};
  static const CodeTable family_centre{{"PR1", 40}, {"PR4", 40}, {"PR5", 20}};
  static const CodeTable adoption{{"PR1", 65}, {"PR5", 25}, {"PR2", 10}};
  // Parents provide P1 placements (PR0 goes with P1 only, rules 527-531, 550); health and
  // youth custody placements are other public provision.
  if (place == "P1") return "PR0";
  if (place == "R2" || place == "R5") return "PR3";
  if (kin_foster(place)) return kin(random);
  if (is_foster(place)) return foster(random);
  if (place == "K2") return home(random);
  if (place == "K1") return secure(random);
  if (place == "H5") return semi(random);
  if (place == "S1") return school(random);
  if (place == "R1" || place == "P3") return residential(random);
  if (place == "R3") return family_centre(random);
  return adoption(random);  // A5, A6
}

// An Ofsted unique reference number: "SC" and six digits for social care providers (the
// authority's own fostering and adoption services, agencies, homes), six digits for schools.
// Placements Ofsted does not register (with parents, residential employment, health,
// custody) have none (DfE rules 218, 222). The same provider always has the same number.
std::string choose_urn(const std::string& la, const std::string& place, const std::string& provider,
                       Random& random) {
  if (place == "P1" || place == "P3" || place == "R1" || place == "R2" || place == "R5") return "";
  std::string label;
  const bool service = is_foster(place) || place[0] == 'A';  // a fostering or adoption service
  if (service && provider == "PR1") label = fmt::format("{} own {}", la, place[0]);
  else if (service && provider == "PR2") label = fmt::format("other LA {} {}", place[0], random.below(40));
  else if (service) label = fmt::format("agency {} {}", place[0], random.below(80));
  else label = fmt::format("{} {} {}", place, provider, random.below(300));
  const auto number = 100000 + derive_seed(7, label) % 900000;
  return place == "S1" ? std::to_string(number) : fmt::format("SC{}", number);
}

// Where a placement is: with parents at home; otherwise in the authority's own area for most
// foster placements, further away for homes, schools and secure units.
std::string choose_postcode(const std::string& place, const std::string& provider, const ChildInCare& child,
                            Random& random) {
  const auto& own = *child.districts;
  if (place == "P1" && !child.home_postcode.empty()) return child.home_postcode;
  double in_area = 0.5;
  if (is_foster(place)) in_area = provider == "PR1" ? 0.8 : 0.55;
  else if (place == "S1" || place == "K1" || place == "R5") in_area = 0.2;
  else if (place == "K2") in_area = 0.4;
  for (int tries = 0; tries < 20; ++tries) {
    const auto& districts = random.chance(in_area) || child.other_districts->empty() ? own : *child.other_districts;
    std::string postcode = make_postcode(districts[random.below(districts.size())], random);
    if (postcode != child.home_postcode) return postcode;
  }
  return make_postcode(own[0], random);
}

Placement new_placement(const ChildInCare& child, Date at, const std::string& place, Random& random) {
  Placement p;
  p.start = at;
  p.place = place;
  p.provider = choose_provider(place, random);
  p.urn = choose_urn(child.la, place, p.provider, random);
  p.postcode = choose_postcode(place, p.provider, child, random);
  return p;
}

const std::string& move_reason(Random& random) {
  static const CodeTable reasons{{"CARPL", 35}, {"CREQB", 15}, {"CREQO", 10}, {"CHILD", 8},
                                 {"LAREQ", 7},  {"STAND", 3},  {"ALLEG", 2},  {"CLOSE", 3},
                                 {"APPRR", 1},  {"OTHER", 16}};
  return reasons(random);
}

// ---- endings -------------------------------------------------------------------------------

std::string reason_ceased(CareExit exit, const std::string& last_place, bool uasc, bool disabled,
                          Random& random) {
  static const CodeTable home{{"E4A", 80}, {"E4B", 20}};
  static const CodeTable adopted{{"E11", 60}, {"E12", 40}};
  static const CodeTable eighteen_foster{{"E17", 30}, {"E5", 35}, {"E6", 5}, {"E8", 10}, {"E4A", 10},
                                         {"E13", 5}, {"E7", 5}};
  static const CodeTable eighteen_other{{"E5", 55}, {"E6", 10}, {"E8", 15}, {"E4A", 10}, {"E13", 7},
                                        {"E7", 3}};
  static const CodeTable eighteen_uasc{{"E5", 60}, {"E6", 10}, {"E8", 20}, {"E17", 10}};
  static const CodeTable independent{{"E5", 75}, {"E6", 25}};
  static const CodeTable other{{"E8", 50}, {"E13", 30}, {"E3", 12}, {"E16", 8}};
  static const CodeTable other_uasc{{"E3", 45}, {"E15", 25}, {"E8", 25}, {"E16", 5}};
  switch (exit) {
    case CareExit::ReturnHome: return home(random);
    case CareExit::Adoption: return adopted(random);
    case CareExit::SpecialGuardianship:
      // To former foster carers (E45 relatives, E46 others) only from a foster placement (rule 516).
      if (kin_foster(last_place)) return "E45";
      if (is_foster(last_place)) return random.chance(0.5) ? "E46" : "E48";
      return random.chance(0.6) ? "E47" : "E48";
    case CareExit::ChildArrangements: return "E41";
    case CareExit::UntilEighteen: {
      if (uasc) {
        std::string r = eighteen_uasc(random);
        return r == "E17" && !is_foster(last_place) ? "E5" : r;
      }
      if (disabled && random.chance(0.35)) return "E7";
      // Staying put (E17) is staying with foster carers.
      return is_foster(last_place) ? eighteen_foster(random) : eighteen_other(random);
    }
    case CareExit::Independence: return independent(random);
    case CareExit::Other: return (uasc ? other_uasc : other)(random);
    case CareExit::Custody: return "E9";
    case CareExit::RemandEnded: return "E14";
  }
  return "E8";
}

// ---- adoption ------------------------------------------------------------------------------

void draw_adopters(AdoptionPath& a, bool with_foster_carers, Random& random) {
  a.foster_carer = with_foster_carers;
  if (random.chance(0.86)) {
    a.adopters = 2;
    static const CodeTable couples{{"MF", 82}, {"MM", 8}, {"FF", 10}};
    a.adopter_sex = couples(random);
    if (a.adopter_sex == "MF") a.adopter_legal_status = random.chance(0.72) ? "L11" : "L3";
    else {
      static const CodeTable same_sex{{"L12", 40}, {"L2", 35}, {"L4", 25}};
      a.adopter_legal_status = same_sex(random);
    }
  } else {
    a.adopters = 1;
    a.adopter_sex = random.chance(0.9) ? "F1" : "M1";
    a.adopter_legal_status = "L0";
  }
}

PreviousPermanence draw_previous_permanence(const ChildInCare& child, Date start, Random& random) {
  static const CodeTable options{{"Z1", 62}, {"P4", 20}, {"P2", 8}, {"P3", 6}, {"P1", 4}};
  PreviousPermanence p;
  p.option = options(random);
  if (p.option == "Z1" || p.option == "P4" || start - child.born < 60) {
    if (p.option != "P4") p.option = "Z1";
    return p;
  }
  p.la = random.chance(0.8) ? child.la : fmt::format("{}", 201 + random.below(740));
  const Date when = child.born + random.between(30, start - child.born - 1);
  auto two = [](int n) { return fmt::format("{:02}", n); };
  p.date = random.chance(0.3) ? fmt::format("zz/{}/{}", two(when.month()), when.year())
                              : fmt::format("{}/{}/{}", two(when.day()), two(when.month()), when.year());
  return p;
}

// ---- placement stability calibration -------------------------------------------------------

// Children looked after at 31 March by how long they have been looked after and by age (DfE,
// England c. 2019): the population the share with 3 or more placements is measured over.
struct StabilitySample {
  double elapsed = 0;                // days looked after at 31 March
  std::vector<double> placements;    // unscaled lengths, in order
};

std::vector<StabilitySample> stability_samples(Random& random) {
  static const Piecewise elapsed({{1, 365, 30}, {365, 730, 18}, {730, 1460, 22}, {1460, 5000, 30}});
  static const Weighted age({22, 19, 39, 20});
  std::vector<StabilitySample> out;
  for (int i = 0; i < 3000; ++i) {
    StabilitySample s;
    const int band = static_cast<int>(age(random));
    const double age_now = band == 0 ? random.uniform() * 5 : band == 1 ? 5 + random.uniform() * 5
                         : band == 2 ? 10 + random.uniform() * 6 : 16 + random.uniform() * 2;
    s.elapsed = std::min(elapsed(random), age_now * kDaysPerYear);
    const double factor = placement_age_factor(age_now);
    double total = 0;
    for (int k = 0; total < s.elapsed * 10 + 400 && k < 60; ++k) {
      const double d = (k == 0 ? first_placement() : later_placement())(random) * factor;
      s.placements.push_back(d);
      total += d;
    }
    out.push_back(std::move(s));
  }
  return out;
}

// Share of the samples with 3 or more placements in the 365 days to 31 March, placements
// stretched by `scale`.
double three_plus_share(const std::vector<StabilitySample>& samples, double scale) {
  int hits = 0;
  for (const auto& s : samples) {
    const double from = s.elapsed - 365;
    double begin = 0;
    int count = 0;
    for (double d : s.placements) {
      const double end = begin + std::max(1.0, d * scale);
      if (begin > s.elapsed) break;
      if (end > from) ++count;
      begin = end;
    }
    hits += count >= 3;
  }
  return static_cast<double>(hits) / static_cast<double>(samples.size());
}

}  // namespace

// ---- the model -----------------------------------------------------------------------------

CareModel build_care_model(const CareTargets& targets, std::uint64_t seed) {
  CareModel m;
  m.targets = targets;
  // The adoption factor depends on who comes into care: build_journey_model sets it.
  Random random(seed);
  const auto samples = stability_samples(random);
  const double target = std::clamp(targets.three_plus_placements_pct / 100.0, 0.01, 0.6);
  double lo = 0.1, hi = 10;  // share falls as placements lengthen
  if (three_plus_share(samples, lo) <= target) m.placement_scale = lo;
  else if (three_plus_share(samples, hi) >= target) m.placement_scale = hi;
  else {
    for (int i = 0; i < 25; ++i) {
      const double mid = std::sqrt(lo * hi);
      (three_plus_share(samples, mid) > target ? lo : hi) = mid;
    }
    m.placement_scale = std::sqrt(lo * hi);
  }
  return m;
}

double adoption_chance(double age, double adoption_factor) {
  const std::array<double, 7> w = exit_weights(std::max(0.0, age), adoption_factor);
  double total = 0;
  for (double x : w) total += x;
  return total > 0 ? w[1] / total : 0;
}

int uasc_age_in_days(Random& random) {
  static const Weighted years({5, 15, 45, 35});  // 14, 15, 16, 17 (DfE UASC by age)
  const int y = 14 + static_cast<int>(years(random));
  return random.between(static_cast<int>(std::ceil(y * kDaysPerYear)) + 1,
                        static_cast<int>((y + 1) * kDaysPerYear) - 3);
}

CareCourseDraft draft_care_course(const CareModel& model, int age_days, bool uasc, Random& random) {
  CareCourseDraft d;
  d.uasc = uasc;
  const double age = std::max(0, age_days) / kDaysPerYear;
  if (uasc) {
    // Most stay to 18; some are transferred to another authority under the national transfer
    // scheme, found to be adults, or go missing and are not found.
    if (random.chance(0.8)) {
      d.exit = CareExit::UntilEighteen;
      d.length.until_eighteen = true;
    } else {
      d.exit = CareExit::Other;
      d.length.fixed = random.between(7, 300);
    }
    return d;
  }
  d.entry = draft_entry(age, random);
  if (d.entry == CareEntry::Pace) {
    d.exit = random.chance(0.7) ? CareExit::ReturnHome : CareExit::Other;
    d.length.fixed = random.between(1, 2);
    return d;
  }
  if (d.entry == CareEntry::Remand) {
    d.exit = random.chance(0.7) ? CareExit::RemandEnded : CareExit::Custody;
    d.length.fixed = random.between(7, 120);
    return d;
  }
  d.exit = draft_exit(age, model.adoption_factor, random);
  switch (d.exit) {
    case CareExit::Adoption: d.length.fixed = random.between(420, 980); break;
    case CareExit::SpecialGuardianship: d.length.stretched = order_length()(random); break;
    case CareExit::ChildArrangements: d.length.stretched = order_length()(random) * 0.8; break;
    case CareExit::UntilEighteen: d.length.until_eighteen = true; break;
    case CareExit::Independence: d.length.stretched = random.between(60, 700); break;
    default: d.length.stretched = home_length()(random); break;
  }
  return d;
}

CareCourse date_course(const CareCourseDraft& draft, Date start, double length_scale) {
  CareCourse c;
  c.start = start;
  c.entry = draft.entry;
  c.exit = draft.exit;
  c.uasc = draft.uasc;
  // "Until 18" runs past any 18th birthday; draft_period_of_care cuts it there.
  c.end = draft.length.until_eighteen ? start + 40 * 366
                                      : start + std::max(1, whole(draft.length.days(length_scale)));
  return c;
}

const std::vector<std::string>& england_districts() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> out;
    for (const auto& a : Authorities::shipped().all())
      out.insert(out.end(), a.postcode_districts.begin(), a.postcode_districts.end());
    return out;
  }();
  return all;
}

PeriodOfCare draft_period_of_care(const CareModel& model, const CareCourse& course,
                                  const ChildInCare& child, Random& random) {
  PeriodOfCare period;
  period.uasc = course.uasc;
  const Date start = course.start;
  const Date eighteen = add_years(child.born, 18);
  CareExit exit = course.exit;
  CareEntry entry = period.uasc ? CareEntry::Accommodated : course.entry;
  Date end = course.end;
  // A course is set for the first child a referral brings into care; a brother or sister of
  // another age may not fit it (no youth justice status under 10 (rule 358), no independent
  // living under 14 (rule 387), adoption for the young).
  const double age0 = years_old(child.born, start);
  // Youth justice statuses from the day after the 10th birthday (rule 358 counts the birthday
  // itself as under 10); remand here from 12.
  if ((entry == CareEntry::Remand && age0 < 12) || (entry == CareEntry::Pace && add_years(child.born, 10) >= start))
    entry = CareEntry::Accommodated;
  if (exit == CareExit::Adoption && age0 >= 7) exit = CareExit::SpecialGuardianship;
  if (exit == CareExit::Independence && years_old(child.born, end) < 16) exit = CareExit::ReturnHome;
  if (exit == CareExit::RemandEnded && entry != CareEntry::Remand) exit = CareExit::Other;
  if (exit == CareExit::Custody && age0 < 12) exit = CareExit::Other;
  if (end >= eighteen) {
    end = eighteen;
    if (exit != CareExit::RemandEnded && exit != CareExit::Custody) exit = CareExit::UntilEighteen;
  }
  // An adoption order on 31 March would put the child both in the OC2 cohort (looked after to
  // 31 March) and in AD1, which rule 187 forbids; the order is made the day before instead.
  if (exit == CareExit::Adoption && end.month() == 3 && end.day() == 31) end = end - 1;
  const bool dies = child.death && *child.death < end;
  if (dies) end = *child.death;
  if (end <= start) end = start + 1;  // an episode lasts at least a day (rule 355)
  const int length = end - start;
  auto inside = [&](Date d) { return d > start && d < end; };

  // Adoption: decision, placement order, match, placement, order (the order is `end`).
  AdoptionPath& adoption = period.adoption;
  OptDate placed, placement_order;
  bool with_foster_carers = false;
  if (exit == CareExit::Adoption && length >= 300 && !dies) {
    const Date decided = start + std::max(60, whole(length * (0.25 + 0.12 * random.uniform())));
    const Date matched = decided + std::max(45, whole(length * (0.2 + 0.1 * random.uniform())));
    const Date in_placement = matched + random.between(7, 50);
    if (in_placement + 60 < end) {
      adoption.decided = decided;
      adoption.matched = matched;
      placement_order = decided + random.between(20, std::min(90, matched - decided - 10));
      placed = in_placement;
    }
  }
  if (exit == CareExit::Adoption && !placed) exit = CareExit::SpecialGuardianship;
  const bool adoption_route = placed.has_value();
  // Some young children's adoption plans are reversed before they leave care another way.
  if (!adoption_route && years_old(child.born, start) < 5 && length > 400 && random.chance(0.12)) {
    adoption.decided = start + random.between(150, 300);
    adoption.reversed = *adoption.decided + random.between(60, 360);
    static const CodeTable reasons{{"RD1", 30}, {"RD2", 25}, {"RD3", 25}, {"RD4", 20}};
    adoption.reversal_reason = reasons(random);
    if (*adoption.reversed >= end) adoption.decided.reset(), adoption.reversed.reset();
  }

  // Legal statuses, in order: (first day, code).
  std::vector<std::pair<Date, std::string>> statuses;
  auto status = [&](Date d, const std::string& code) {
    if (d == start || inside(d)) statuses.emplace_back(d, code);
  };
  const bool needs_order = exit == CareExit::Adoption || exit == CareExit::SpecialGuardianship ||
                           exit == CareExit::ChildArrangements || adoption.decided.has_value();
  auto care_orders = [&](Date from, bool interim_now) {
    Date interim = from;
    if (!interim_now) {
      if (!needs_order && !random.chance(0.25)) return;
      interim = from + random.between(20, 120);
    }
    status(interim, "C1");
    status(interim + random.between(120, 300), "C2");
  };
  switch (entry) {
    case CareEntry::Accommodated:
      status(start, "V2");
      if (!period.uasc) care_orders(start, false);
      break;
    case CareEntry::InterimCareOrder:
      care_orders(start, true);
      break;
    case CareEntry::PoliceProtection: {
      status(start, "L1");
      const Date next = start + random.between(1, 3);  // 72 hours at most (rule 361)
      if (needs_order || random.chance(0.45)) care_orders(next, true);
      else {
        status(next, "V2");
        care_orders(next, false);
      }
      break;
    }
    case CareEntry::EmergencyProtection:
      status(start, "L2");
      care_orders(start + random.between(3, 8), true);
      break;
    case CareEntry::Remand: status(start, "J1"); break;
    case CareEntry::Pace: status(start, "J2"); break;
  }
  if (placement_order) {
    // A placement order replaces the care order; the orders before it stay as they were.
    std::erase_if(statuses, [&](const auto& s) { return s.first >= *placement_order; });
    status(*placement_order, "E1");
  }
  std::sort(statuses.begin(), statuses.end());
  auto status_at = [&](Date d) {
    std::string code = statuses.front().second;
    for (const auto& [from, c] : statuses)
      if (from <= d) code = c;
    return code;
  };

  // Placements, in order.
  std::vector<Placement> placements;
  {
    const Date before_adoption = placed.value_or(end);
    Date at = start;
    bool first = true;
    while (at < before_adoption) {
      const double age = years_old(child.born, at);
      const std::string place =
          choose_place(age, status_at(at), period.uasc, first, at - start, adoption_route, random);
      const double factor = placement_age_factor(age) * (period.uasc ? 1.2 : 1.0);
      const double days = (first ? first_placement() : later_placement())(random) * factor * model.placement_scale;
      Placement next = new_placement(child, at, place, random);
      if (!placements.empty()) {
        placements.back().reason_change = move_reason(random);
        // A move is to another placement: something of it differs (rule 435), if only the
        // address when the same service places the child with other carers of the same kind.
        const Placement& before = placements.back();
        if (next.place == "P1" && before.place == "P1") next = new_placement(child, at, "U6", random);
        for (int tries = 0; tries < 20 && next.place == before.place && next.provider == before.provider &&
                            next.urn == before.urn && next.postcode == before.postcode;
             ++tries)
          next.postcode = choose_postcode(next.place, next.provider, child, random);
      }
      placements.push_back(std::move(next));
      at = at + std::max(1, whole(days));
      first = false;
    }
    if (placed) {
      // Placed for adoption from a foster placement (rule 336): with the same carers (A5, after
      // fostering for adoption) or with new ones (A6).
      Placement& last = placements.back();
      if (!is_foster(last.place)) {
        last.place = "U6";
        last.provider = choose_provider("U6", random);
        last.urn = choose_urn(child.la, "U6", last.provider, random);
      }
      with_foster_carers = last.place == "U5" || random.chance(0.1);
      Placement adopt = new_placement(child, *placed, with_foster_carers ? "A5" : "A6", random);
      if (with_foster_carers) {
        adopt.provider = last.provider == "PR2" || last.provider == "PR5" ? last.provider : "PR1";
        adopt.urn = choose_urn(child.la, "A5", adopt.provider, random);
        adopt.postcode = last.postcode;
      }
      last.reason_change = "CARPL";
      placements.push_back(std::move(adopt));
      draw_adopters(adoption, with_foster_carers, random);
    }
  }

  // Episodes: a new one whenever the legal status or the placement changes.
  std::set<Date> boundaries;
  for (const auto& s : statuses) boundaries.insert(s.first);
  for (const auto& p : placements) boundaries.insert(p.start);
  std::size_t pi = 0;
  std::string previous_ls;
  std::size_t previous_placement = 0;
  for (auto it = boundaries.begin(); it != boundaries.end(); ++it) {
    const Date from = *it;
    while (pi + 1 < placements.size() && placements[pi + 1].start <= from) ++pi;
    const Placement& p = placements[pi];
    LacEpisode e;
    e.start = from;
    e.legal_status = status_at(from);
    e.category_of_need = child.category_of_need;
    e.placement = p.place;
    e.provider = p.provider;
    e.urn = p.urn;
    e.placement_postcode = p.postcode;
    e.home_postcode = child.home_postcode;
    if (period.episodes.empty()) {
      e.reason_new = "S";
    } else {
      const bool ls_changed = e.legal_status != previous_ls;
      const bool moved = pi != previous_placement;
      // Same carers: a placement for adoption with the foster carers (A5).
      const bool same_carer = moved && p.place == "A5";
      e.reason_new = ls_changed && moved ? (same_carer ? "U" : "B") : ls_changed ? "L" : (same_carer ? "T" : "P");
      LacEpisode& before = period.episodes.back();
      before.end = from;
      before.reason_ceased = "X1";
      if (moved) before.reason_place_change = placements[previous_placement].reason_change;
    }
    previous_ls = e.legal_status;
    previous_placement = pi;
    period.episodes.push_back(std::move(e));
  }
  LacEpisode& last = period.episodes.back();
  last.end = end;
  last.reason_ceased = reason_ceased(exit, last.placement, period.uasc, child.disabled, random);
  if (dies) last.reason_ceased = "E2";

  // Reviews: the first within 20 working days of entry, the second within 3 months of it, then
  // every 6 months (Care Planning Regulations 2010); 95-97% on time, so that some nine children
  // in ten have had every review on time, as authorities used to report (NI 66).
  if (entry != CareEntry::Pace) {
    static const CodeTable views{{"PN1", 45}, {"PN2", 6}, {"PN3", 4}, {"PN4", 4}, {"PN5", 8}, {"PN6", 22}, {"PN7", 11}};
    Date due = add_working_days(start, 20);
    for (int n = 0;; ++n) {
      const bool on_time = random.chance(n == 0 ? 0.95 : 0.97);
      Date held = on_time ? due - random.between(0, n == 0 ? 5 : 20) : due + random.between(1, 30);
      if (held <= start) held = start + 1;
      if (held >= end) break;
      LacReview r;
      r.date = held;
      // PN0 is for children under 4 on the day of the review (rules 440, 441).
      r.participation = age_in_years(child.born, held) < 4 ? "PN0" : views(random);
      period.reviews.push_back(std::move(r));
      due = add_months(held, n == 0 ? 3 : 6);
    }
  }

  period.previous = draw_previous_permanence(child, start, random);
  return period;
}

bool makes_care_leaver(const PeriodOfCare& period, Date born) {
  static const std::set<std::string> not_leavers = {"E11", "E12", "E41", "E43", "E44", "E45",
                                                    "E46", "E47", "E48", "E2"};
  if (not_leavers.count(period.reason_ceased())) return false;
  const Date fourteen = add_years(born, 14), sixteen = add_years(born, 16);
  const Date from = std::max(period.start(), fourteen);
  return period.end() > sixteen && period.end() - from >= 91;
}

}  // namespace lens::synth
