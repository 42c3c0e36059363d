// ssda903_codes.hpp — the code lists of the DfE SSDA903 return (children looked after), as data.
//
// Each list holds the codes one field of the return may carry (LS, RNE, PLACE, REC, ...), with
// a plain-English description and, where breakdowns or measures need one, a group, in
// code-list order: the order the return's specification lists them (LIIA's rendering of the
// DfE 903 guidance, shared/reference/data/ssda903_spec/SSDA903_schema_2017..2024.yml), which is
// the order breakdowns show them in. Codes dropped in a later year are kept, after the codes
// that replaced them, so that old returns read: `first_year`/`last_year` say which collection
// years (the year of the 31 March the return ends on) list a code, 0 = still listed in 2024.
//
// Lookups compare codes exactly (case-sensitive, no trimming); intake upper-cases and trims
// codes before looking them up, as the DfE's 903 validator does. A collection year before 2017
// is checked against the 2017 list, one after 2025 against the 2025 list (the 2024 one with
// the sex codes M, F, U in place of 1, 2). Everything here is
// constant data: thread-safe, no allocation except building the strings of expected_codes().
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace lens::ssda903 {

struct Code {
  std::string_view code;         // as the return spells it: "V2", "U4", "E4A"
  std::string_view description;  // "Single period of accommodation under section 20 ..."
  std::string_view group = {};   // e.g. legal status group "care_order"; empty if none
  int first_year = 2017;         // first collection year listing the code
  int last_year = 0;             // last collection year listing it, 0 = still listed in 2024
};

enum class CodeList {
  Sex,                  // Header SEX, UASC SEX
  Ethnicity,            // Header ETHNIC
  Mother,               // Header MOTHER
  ReasonNewEpisode,     // Episodes RNE
  LegalStatus,          // Episodes LS
  CategoryOfNeed,       // Episodes CIN
  PlacementType,        // Episodes PLACE
  PlacementProvider,    // Episodes PLACE_PROVIDER
  ReasonEpisodeCeased,  // Episodes REC
  ReasonPlaceChange,    // Episodes REASON_PLACE_CHANGE
  ReviewParticipation,  // Reviews REVIEW_CODE
  MissingType,          // Missing MISSING
  YesNo,                // OC2 flags, AD1 FOSTER_CARE: 0 / 1
  SdqReason,            // OC2 SDQ_REASON
  InTouch,              // OC3 IN_TOUCH
  Activity,             // OC3 ACTIV
  Accommodation,        // OC3 ACCOM
  AdopterSex,           // AD1 SEX_ADOPTR
  AdopterLegalStatus,   // AD1 LS_ADOPTR
  PlacedCeasedReason,   // PlacedAdoption REASON_PLACED_CEASED
  PreviousPermanence,   // PrevPerm PREV_PERM
  SocialWorkerReason,   // SocialWorker SW_REASON
};

// The codes of a list, in code-list order (every year's codes).
std::span<const Code> codes(CodeList list);
// What one code of the list is called in a sentence: "legal status", "placement type".
std::string_view list_noun(CodeList list);

// The code's entry, or nullptr when the list has no such code.
const Code* find_code(CodeList list, std::string_view code);
// Whether the list has the code in collection year `year` (0 = in any year).
bool is_valid_code(CodeList list, std::string_view code, int year = 0);
// The code's description; empty when the list has no such code.
std::string_view describe(CodeList list, std::string_view code);
// A 903 SEX code as the CIN census spells gender ("1" male, "2" female, "0" not known), so the
// two returns break down alike whichever year's codes a return uses: M -> 1, F -> 2, U -> 0.
std::string_view census_gender(std::string_view sex);
// The code's group (Code::group); empty when the code is unknown or has no group.
std::string_view group_of(CodeList list, std::string_view code);
// The code's 0-based position in code-list order (for sorting breakdowns); -1 when unknown.
int position(CodeList list, std::string_view code);
// "C1, C2, D1, ...": the codes the list has in `year` (0 = every year), in order, for messages.
std::string expected_codes(CodeList list, int year = 0);

// Groups of a list, in order, where the list has them (legal status, placement type,
// ethnicity, activity, accommodation); empty for the others.
struct CodeGroup {
  std::string_view code;  // as breakdowns use it: "care_order", "foster"
  std::string_view description;
};
std::span<const CodeGroup> groups(CodeList list);

}  // namespace lens::ssda903
