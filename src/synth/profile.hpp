// profile.hpp — calibration profiles: the published figures a synthetic authority is made to
// reproduce, one data file per profile under data/profiles/<name>.json.
//
// A profile has a lower-case hyphenated name, a title, optionally the authority it describes
// (DfE number) and, per period ("2016-17"), figures keyed by the indicator ids of
// spec/indicators.md (referrals_rate, re_referrals_12m_pct, ...) plus a few DfE ones
// (not_in_need_pct, lac_at_end_rate) and the looked-after ones of the DfE's benchmarking tool
// (lac_started_rate, lac_3plus_placements_pct, uasc_at_end_pct, ...). Each figure is {"value": x} (a rate per 10,000 or a
// percentage, as the id says) or {"count": n} for rates quoted as counts, and always a
// "source" naming the document and line. Optional breakdowns: referral_sources (by
// ReferralSource code, with a "total"), cpp_categories (NEG PHY SAB EMO MUL) and
// cpp_age_bands (unborn, under 1, 1-4, 5-9, 10-15, 16+), as counts. A profile with
// "published": true takes each authority's own published figures (data/synth/
// authority_rates.csv). README "Synthetic boroughs" says how to add a profile.
//
// resolve_targets turns a profile into the numbers for one authority and period: the
// profile's figure for the nearest period it has, else (published profiles, and profiles of
// one authority) the authority's published figure for the nearest year it has one, else
// England's for that period. Counts become rates with the profile's
// population for that period; rates are applied to the authority's own population.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "synth/authorities.hpp"

namespace lens::synth {

struct Figure {
  double value = 0;
  bool is_count = false;
  std::string source;
};

struct ProfileYear {
  int start_year = 0;  // 2016 for "2016-17"
  std::map<std::string, Figure> figures;
  std::map<std::string, Figure> referral_sources;
  std::map<std::string, Figure> cpp_categories;
  std::map<std::string, Figure> cpp_age_bands;
};

struct Profile {
  std::string name;
  std::string title;
  std::string description;
  std::string la;          // DfE number of the authority it describes; empty for England
  bool published = false;  // take each authority's published figures
  std::map<int, ProfileYear> years;

  // The period nearest to `start_year` that the profile has figures for.
  const ProfileYear& nearest(int start_year) const;
  std::string years_text() const;  // "2016-17" or "2012-13..2024-25"
};

// The indicators a profile can set and the generator calibrates to (README lists them).
const std::vector<std::string>& profile_indicators();

// Loads data/profiles/<name>.json. Throws DataError naming the file and the field at fault.
Profile load_profile(const std::string& name);
// Parses a profile from JSON text; `file` is used in errors.
Profile parse_profile(const std::string& json_text, const std::string& file);
// Every profile in data/profiles, ordered by name.
std::vector<Profile> list_profiles();

// The looked-after figures (SSDA903) of one authority and period: percentages 0..100 as
// published, rates per 10,000 children.
struct CareTargets {
  double started_rate = 0;               // children starting to be looked after a year
  double three_plus_placements_pct = 0;  // of CLA at 31 March, 3 or more placements in the year
  double missing_pct = 0;                // of CLA in the year, missing from care at least once
  double away_pct = 0;                   // of CLA in the year, away without authorisation
  double adopted_pct = 0;                // of children ceasing to be looked after, adopted
  double uasc_at_end_pct = 0;            // of CLA at 31 March, unaccompanied asylum seekers
  double leavers_eet_pct = 0;            // care leavers aged 19-21 in education, employment, training
  double leavers_suitable_pct = 0;       // ... in suitable accommodation
  double leavers_not_in_touch_pct = 0;   // ... the authority is not in touch with
  double health_assessment_pct = 0;      // OC2 cohort: health assessment up to date
  double dental_check_pct = 0;
  double immunisations_pct = 0;
  double convicted_pct = 0;              // OC2 cohort aged 10 or over
  double substance_misuse_pct = 0;
  double sdq_mean = 0;                   // average SDQ score, ages 4-16
};

// Everything the generator needs for one authority and one period, resolved.
struct YearTargets {
  int start_year = 0;
  int population = 0;              // children aged 0-17
  double referrals_rate = 0;       // per 10,000 children
  double re_referrals_pct = 0;     // of referrals
  double nfa_pct = 0;              // referrals with no further action
  double not_in_need_pct = 0;      // referrals assessed as not in need
  double assessments_45wd_pct = 0; // of assessments
  double s47_rate = 0;
  double icpc_rate = 0;
  double icpc_15wd_pct = 0;
  double cpp_started_rate = 0;
  double cpp_at_end_rate = 0;
  double cpp_second_pct = 0;
  double cin_at_end_rate = 0;
  double lac_at_end_rate = 0;
  CareTargets care;
  // Shares (0..1) fixed by the profile; empty = the generator's defaults.
  std::map<std::string, double> referral_sources;
  std::map<std::string, double> cpp_categories;
  std::map<std::string, double> cpp_age_bands;

  double per_year(double rate) const { return rate * population / 10000.0; }
};

YearTargets resolve_targets(const Profile& profile, const Profile& england,
                            const Authority& authority, int start_year,
                            std::optional<int> population_override);

// "2016-17" -> 2016; nullopt unless it is a financial year written that way.
std::optional<int> parse_period(const std::string& text);
std::string period_text(int start_year);  // 2016 -> "2016-17"

}  // namespace lens::synth
