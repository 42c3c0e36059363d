// dimension.hpp — the ways a measure can be broken down, and the categories of each.
//
// A dimension's categories are listed in code-list order (the CIN census schema's order, or the
// order spec/indicators.md gives) and every category is always reported, zero or not. Codes are
// dictionary-encoded as their position in that list (a uint8_t), so the snapshot stores one
// byte per code and a breakdown is an array indexed by it. Where the census can leave a code out
// or carry one the list does not know, the last category, "not recorded", holds it, so that a
// breakdown always adds up to the headline figure.
//
// Age bands follow the spec: age in completed years at the date that matters for the measure;
// a child with no birth date but an expected one, or born after that date, is `unborn`; a
// child with neither date is `not_known`.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lens::measures {

enum class Dim : std::uint8_t {
  AgeBand,
  Gender,
  EthnicGroup,
  Category,       // category of abuse: NEG PHY SAB EMO MUL
  Source,         // referral source 1A..10
  SourceGroup,    // the source's group: individual, schools, ..., unknown
  PrimaryNeed,    // N0..N9
  Factor,         // factors identified at assessment
  ClosureReason,  // RC1..RC9
  LegalStatus,    // SSDA903 LS (short breaks V3, V4 are never counted, so not listed)
  PlacementType,  // SSDA903 PLACE: A3..Z1
  Uasc,           // unaccompanied asylum-seeking child or not, on the day that matters
  ReasonCeased,   // SSDA903 REC: why a period of care ended
};
inline constexpr int kDimCount = 13;

struct Category {
  std::string_view code;
  std::string_view label;
};

// The dimension's name as users type it (`--by age_band`) and as JSON/CSV carry it.
std::string_view dim_name(Dim d);
// A readable heading: "Age band", "Referral source".
std::string_view dim_title(Dim d);
std::optional<Dim> dim_from_name(std::string_view name);
std::span<const Category> categories(Dim d);

// Encoding of census codes into category positions. Unknown or empty codes give the
// dimension's "not recorded" position (the last one); gender gives "0", the census's own
// "not recorded" code, and ethnicity gives "not known".
std::uint8_t encode(Dim d, std::string_view code);
std::uint8_t ethnic_group_of(std::string_view ethnicity);
std::uint8_t source_group_of(std::uint8_t source);

// Dim::Uasc positions.
enum UascCategory : std::uint8_t { kUasc, kNotUasc };

// Age band positions (Dim::AgeBand).
enum AgeBand : std::uint8_t { kUnborn, kUnder1, k1to4, k5to9, k10to15, k16plus, kAgeNotKnown };
AgeBand age_band_for_years(int completed_years);

}  // namespace lens::measures
