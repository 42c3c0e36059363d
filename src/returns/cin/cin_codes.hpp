// cin_codes.hpp — the code lists of the DfE children in need (CIN) census, as data.
//
// Each list holds the codes a census may carry for one element (ReferralSource, PrimaryNeedCode,
// ...) with a plain-English description, in code-list order: the order the 2024 schema lists
// them (shared/reference/data/cin_census_xsd/CIN_schema_2024.xsd), which is the order breakdowns
// show them in. Codes that older schemas had and the 2024 one dropped (assessment factors 18A
// and 19A, 2017–2020) are kept, after the codes that replaced them, so that old returns read.
// `first_year`/`last_year` say which schema years list a code (LIIA's copies 2017–2024; 0 = still
// listed in 2024).
//
// Lookups compare codes exactly (case-sensitive, no trimming), as the schema does. Everything
// here is constant data: thread-safe, no allocation except building the strings returned by
// expected_codes().
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace lens::cin {

struct Code {
  std::string_view code;         // as the census spells it: "1A", "N4", "RC8"
  std::string_view description;  // "Individual – family member, relative or carer"
  std::string_view group = {};   // referral source group, ethnic group; empty for other lists
  int first_year = 2017;         // first schema year listing the code
  int last_year = 0;             // last schema year listing it, 0 = still in the 2024 schema
};

enum class CodeList {
  Gender,            // GenderCurrent
  Ethnicity,         // Ethnicity
  Disability,        // Disability
  UpnUnknown,        // UPNunknown
  ReferralSource,    // ReferralSource
  PrimaryNeed,       // PrimaryNeedCode
  ReasonForClosure,  // ReasonForClosure
  CategoryOfAbuse,   // InitialCategoryOfAbuse, LatestCategoryOfAbuse
  AssessmentFactor,  // AssessmentFactors
};

// The codes of a list, in code-list order.
std::span<const Code> codes(CodeList list);
// What one code of the list is called in a sentence: "referral source", "ethnicity".
std::string_view list_noun(CodeList list);

// The code's entry, or nullptr when the list has no such code.
const Code* find_code(CodeList list, std::string_view code);
inline bool is_valid_code(CodeList list, std::string_view code) {
  return find_code(list, code) != nullptr;
}
// The code's description; empty when the list has no such code.
std::string_view describe(CodeList list, std::string_view code);
// The code's 0-based position in code-list order (for sorting breakdowns); -1 when unknown.
int position(CodeList list, std::string_view code);
// "1A, 1B, 1C, ..., 10": every code of the list, in order, for messages.
std::string expected_codes(CodeList list);

// Referral source groups (spec/indicators.md, `referrals_by_source`), in order: individual,
// schools, education, health, housing, LA services, police, other legal, other, anonymous,
// unknown. `code` is the group's id as breakdowns use it ("individual", "la_services").
struct CodeGroup {
  std::string_view code;
  std::string_view description;
};
std::span<const CodeGroup> referral_source_groups();
// The group id of a referral source code ("3B" → "health"); empty when the code is unknown.
std::string_view referral_source_group(std::string_view code);

// Ethnic groups (spec/indicators.md, conventions): white, mixed, asian, black, other, not_known,
// in that order. The group of an ethnicity code is Code::group; a missing ethnicity is not_known.
std::span<const CodeGroup> ethnic_groups();
std::string_view ethnic_group(std::string_view ethnicity_code);

}  // namespace lens::cin
