#include "cli/demo_borough.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <random>

#include "core/working_day_calendar.hpp"

namespace lens::cli {
namespace {

class Dice {
 public:
  explicit Dice(std::uint32_t seed) : rng_(seed) {}
  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  template <typename T, std::size_t N>
  const T& pick(const T (&items)[N]) {
    return items[static_cast<std::size_t>(between(0, static_cast<int>(N) - 1))];
  }

 private:
  std::mt19937 rng_;
};

}  // namespace

Census demo_borough(int children, std::uint32_t seed) {
  static const char* kSources[] = {"1A", "1B", "2A", "2B", "3A", "3B", "3C", "4", "5A", "5B",
                                   "5C", "6",  "7",  "8",  "9",  "10"};
  static const char* kNeeds[] = {"N1", "N1", "N1", "N2", "N3", "N4", "N4", "N5", "N6", "N8", "N9"};
  static const char* kEthnicity[] = {"WBRI", "WBRI", "WBRI", "WOTH", "ABAN", "APKN", "BAFR",
                                     "BCRB", "MWBC", "MOTH", "OOTH", "AIND", "WIRI", "CHNE"};
  static const char* kCategories[] = {"NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"};
  static const char* kFactors[] = {"1A", "2A", "3A", "3B", "4A", "4B", "5A", "6A", "11A", "16A",
                                   "18B", "21", "22A"};
  static const char* kClosures[] = {"RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8"};

  const Date reference = *Date::parse("2017-03-31");
  const Date first_referral = *Date::parse("2012-04-01");
  Dice d(seed);
  Census census;
  census.header = {"301", 2017, reference, "Lens demo borough", "1", "001",
                   "2017-04-03T09:00:00"};
  for (int i = 0; i < children; ++i) {
    Child c;
    c.la = "301";
    c.la_child_id = fmt::format("DEMO{:06}", 100001 + i);
    c.birth = first_referral + d.between(-16 * 365, 4 * 365);
    c.upn = fmt::format("{}{:012}", "ABCDEFGHJK"[d.between(0, 9)],
                        static_cast<long long>(d.between(0, 999999)) * 1000000 + d.between(0, 999999));
    c.gender = d.chance(0.5) ? "1" : "2";
    c.ethnicity = d.pick(kEthnicity);
    if (d.chance(0.08)) c.disabilities = {d.chance(0.5) ? "AUT" : "LD"};
    Date earliest = std::max(first_referral, *c.birth);
    int span = reference - earliest;
    if (span < 30) continue;
    int episodes = d.chance(0.2) ? 2 : 1;
    Date from = earliest;
    for (int e = 0; e < episodes && reference - from > 20; ++e) {
      CinEpisode ep;
      ep.referral = from + d.between(0, std::max(1, (reference - from) * (e == 0 ? 3 : 1) / 4));
      ep.source = d.pick(kSources);
      Date last = ep.referral;
      if (d.chance(0.1)) {  // no further action
        ep.nfa = true;
        ep.closure = ep.referral;
        ep.closure_reason = "RC8";
        c.episodes.push_back(ep);
        from = *ep.closure + 30;
        continue;
      }
      ep.primary_need = d.pick(kNeeds);
      Assessment a;
      a.start = add_working_days(ep.referral, d.between(0, 3));
      if (a.start > reference) a.start = ep.referral;
      // Mostly within 45 working days, some late; recent ones may still be open.
      int length = d.chance(0.82) ? d.between(8, 45) : d.between(46, 80);
      Date done = add_working_days(a.start, length);
      if (done <= reference) a.authorised = done;
      a.factors = {d.pick(kFactors), d.pick(kFactors)};
      if (a.factors[0] == a.factors[1]) a.factors.pop_back();
      ep.assessments.push_back(a);
      last = a.authorised.value_or(a.start);
      if (d.chance(0.3) && reference - a.start > 3) {
        Section47 s;
        s.start = a.start + d.between(1, 3);
        if (s.start > reference) s.start = reference;
        Date target = add_working_days(s.start, 15);
        s.icpc_target = target;
        if (d.chance(0.55)) {
          Date held = add_working_days(s.start, d.chance(0.78) ? d.between(6, 15) : d.between(16, 30));
          if (held <= reference) {
            s.icpc = held;
            ep.icpc = held;
            CpPlan plan;
            plan.start = held;
            plan.initial_category = d.pick(kCategories);
            plan.latest_category = d.chance(0.85) ? plan.initial_category : d.pick(kCategories);
            plan.previous_plans = d.chance(0.2) ? 1 : 0;
            int days = d.between(90, 700);
            if (plan.start + days <= reference) plan.end = plan.start + days;
            Date end = plan.end.value_or(reference);
            // First review by 3 months, then every 6 months; some a little late.
            Date review = add_months(plan.start, 3) + (d.chance(0.9) ? -d.between(0, 10) : d.between(1, 20));
            while (review <= end) {
              plan.reviews.push_back(review);
              review = add_months(review, 6) + (d.chance(0.92) ? -d.between(0, 10) : d.between(1, 25));
            }
            ep.cp_plans.push_back(plan);
            last = end;
          }
        } else if (target <= reference) {
          s.icpc_not_required = true;
        }
        ep.section47s.push_back(s);
      }
      if (ep.cp_plans.empty() && a.authorised && d.chance(0.35)) {
        CinPlan p{*a.authorised + d.between(1, 10), std::nullopt};
        if (p.start > reference) p.start = reference;
        int days = d.between(60, 400);
        if (p.start + days <= reference) p.end = p.start + days;
        ep.cin_plans.push_back(p);
        last = p.end.value_or(reference);
      }
      bool open_plan = (!ep.cp_plans.empty() && !ep.cp_plans.back().end) ||
                       (!ep.cin_plans.empty() && !ep.cin_plans.back().end) || !a.authorised;
      Date closure = last + d.between(5, 60);
      if (!open_plan && closure <= reference) {
        ep.closure = closure;
        ep.closure_reason = d.pick(kClosures);
        from = closure + d.between(30, 300);
      } else {
        c.episodes.push_back(ep);
        break;
      }
      c.episodes.push_back(ep);
    }
    if (!c.episodes.empty()) census.children.push_back(std::move(c));
  }
  return census;
}

}  // namespace lens::cli
