// measures_data.hpp — synthetic children for the measures benchmarks: any number of authorities
// over ten financial years (2013-14 to 2022-23), with roughly the national mix of the CIN census
// (about 4,300 referrals an authority a year, 1.4 episodes a child, most assessed, a quarter
// with a Section 47 enquiry, conferences, plans with reviews, some unborn children). Fixed
// seeds: the same arguments always give the same children. The proper generator is src/synth/;
// this one only has to be big and plausible.
#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "measures/population.hpp"
#include "model/child_journey.hpp"

namespace lens::bench {

inline constexpr int kFirstYear = 2013;  // 2013-14 .. 2022-23
inline constexpr int kYears = 10;

inline std::string authority_code(int i) { return std::to_string(100 + i); }

struct Synthetic {
  int authorities = 1;
  double referrals_per_authority_year = 4300;  // an average authority; sizes vary 0.3x to 2x
};

// Calls visit once per child, authority by authority.
inline void generate(const Synthetic& spec, const std::function<void(Child&&)>& visit) {
  static const char* kSources[] = {"1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
                                   "3F", "4",  "5A", "5B", "5C", "5D", "6",  "7",  "8",  "9",  "10"};
  static const char* kNeeds[] = {"N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"};
  static const char* kReasons[] = {"RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"};
  static const char* kCategories[] = {"NEG", "PHY", "SAB", "EMO", "MUL"};
  static const char* kEthnicities[] = {"WBRI", "WIRI", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
                                       "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "NOBT"};
  static const char* kFactors[] = {"1A", "1B", "2A", "2B", "3A", "3B", "3C", "4A", "4B", "5A", "6A", "7A",
                                   "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18B",
                                   "18C", "19B", "19C", "20", "21", "22A", "23A", "24A"};
  const int first = Date::from_ymd(kFirstYear, 4, 1)->days();
  const int last = Date::from_ymd(kFirstYear + kYears, 3, 31)->days();
  for (int a = 0; a < spec.authorities; ++a) {
    std::mt19937_64 gen(1000 + a);
    auto below = [&](int n) { return static_cast<int>(gen() % static_cast<std::uint64_t>(n)); };
    auto chance = [&](int percent) { return below(100) < percent; };
    const std::string la = authority_code(a);
    const double size = spec.authorities == 1 ? 1.0 : 0.3 + 1.7 * static_cast<double>(below(1000)) / 1000.0;
    const auto referrals = static_cast<std::int64_t>(spec.referrals_per_authority_year * kYears * size);
    std::int64_t made = 0;
    for (int k = 0; made < referrals; ++k) {
      Child c;
      c.la = la;
      c.la_child_id = la + "-" + std::to_string(k);
      int at = first + below(last - first + 1);
      if (chance(2)) {
        c.expected_birth = Date::from_days(at + 10 + below(200));
        c.gender = "0";
      } else {
        c.birth = Date::from_days(at - below(18 * 365));
        c.gender = chance(50) ? "1" : "2";
      }
      c.ethnicity = kEthnicities[below(18)];
      const int episodes = 1 + (chance(30) ? 1 : 0) + (chance(10) ? 1 : 0);
      for (int e = 0; e < episodes && at <= last; ++e) {
        CinEpisode& ep = c.episodes.emplace_back();
        ++made;
        ep.referral = Date::from_days(at);
        ep.source = kSources[below(22)];
        ep.primary_need = kNeeds[below(10)];
        ep.nfa = chance(8);
        if (chance(97)) {
          int closed = at + 1 + below(600);
          if (closed <= last) {
            ep.closure = Date::from_days(closed);
            ep.closure_reason = kReasons[below(9)];
          }
        }
        if (!ep.nfa && chance(90)) {
          Assessment& as = ep.assessments.emplace_back();
          as.start = Date::from_days(at + below(6));
          if (!chance(5)) as.authorised = as.start + 5 + below(76);
          for (int f = below(5); f > 0; --f) as.factors.push_back(kFactors[below(30)]);
        }
        if (!ep.nfa && chance(25)) {
          Section47& s = ep.section47s.emplace_back();
          s.start = Date::from_days(at + below(16));
          if (chance(45)) {
            s.icpc = s.start + 3 + below(28);
            if (chance(80)) {
              CpPlan& p = ep.cp_plans.emplace_back();
              p.start = *s.icpc;
              int end = p.start.days() + 30 + below(970);
              if (end <= last) p.end = Date::from_days(end);
              p.initial_category = kCategories[below(5)];
              p.latest_category = chance(80) ? p.initial_category : kCategories[below(5)];
              p.previous_plans = chance(10) ? 1 : 0;
              for (int r = p.start.days() + 60 + below(40); r < end && r <= last; r += 120 + below(70))
                p.reviews.push_back(Date::from_days(r));
            }
          } else if (chance(20)) {
            s.icpc_not_required = true;
          }
        }
        at += 30 + below(670);
      }
      visit(std::move(c));
    }
  }
}

// 60,000 children aged 0 to 17 an authority-year: made up, like the children.
inline measures::PopulationTable synthetic_population(int authorities) {
  measures::PopulationTable t;
  for (int a = 0; a < authorities; ++a)
    for (int y = kFirstYear; y < kFirstYear + kYears; ++y) t.set(authority_code(a), y, 60'000 + 500 * a);
  return t;
}

}  // namespace lens::bench
