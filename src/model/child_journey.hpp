// child_journey.hpp — the records of a child's journey through children's social care, as the
// DfE children in need (CIN) census carries them.
//
// These are plain values: what intake produces, what the store keeps and gives back, what the
// analytic snapshot is built from. Codes stay as the census spells them ("1A", "NEG", "RC8");
// the code lists in returns/cin/cin_codes.hpp say what they mean. Optional census fields are
// std::optional (dates) or empty strings (codes); nothing here is ever "unknown by default".
// A child is identified by local authority (DfE 3-digit LA number) + LA child id, so several
// authorities share one store.
#pragma once

#include <string>
#include <vector>

#include "core/date.hpp"

namespace lens {

struct Assessment {
  Date start;                      // AssessmentActualStartDate
  OptDate internal_review;         // AssessmentInternalReviewDate
  OptDate authorised;              // AssessmentAuthorisationDate
  std::vector<std::string> factors;  // AssessmentFactors codes, in file order
  bool operator==(const Assessment&) const = default;
};

struct CinPlan {
  Date start;   // CINPlanStartDate
  OptDate end;  // CINPlanEndDate
  bool operator==(const CinPlan&) const = default;
};

struct Section47 {
  Date start;                      // S47ActualStartDate
  OptDate icpc_target;             // InitialCPCtarget
  OptDate icpc;                    // DateOfInitialCPC
  bool icpc_not_required = false;  // ICPCnotRequired
  bool operator==(const Section47&) const = default;
};

struct CpPlan {
  Date start;                    // CPPstartDate
  OptDate end;                   // CPPendDate
  std::string initial_category;  // InitialCategoryOfAbuse: NEG PHY SAB EMO MUL
  std::string latest_category;   // LatestCategoryOfAbuse
  int previous_plans = 0;        // NumberOfPreviousCPP (0 = none)
  std::vector<Date> reviews;     // CPPreviewDate, in file order
  bool operator==(const CpPlan&) const = default;
};

struct CinEpisode {
  Date referral;              // CINreferralDate
  std::string source;         // ReferralSource: 1A..10
  std::string primary_need;   // PrimaryNeedCode: N0..N9, may be empty
  OptDate closure;            // CINclosureDate
  std::string closure_reason; // ReasonForClosure: RC1..RC9, may be empty
  OptDate icpc;               // DateOfInitialCPC at episode level
  bool nfa = false;           // ReferralNFA
  std::vector<Assessment> assessments;
  std::vector<CinPlan> cin_plans;
  std::vector<Section47> section47s;
  std::vector<CpPlan> cp_plans;
  bool operator==(const CinEpisode&) const = default;
};

struct Child {
  std::string la;            // DfE 3-digit LA number of the census it came from
  std::string la_child_id;   // LAchildID
  std::string upn;           // UPN
  std::string former_upn;    // FormerUPN
  std::string upn_unknown;   // UPNunknown: UN1..UN7
  OptDate birth;             // PersonBirthDate
  OptDate expected_birth;    // ExpectedPersonBirthDate (unborn children)
  std::string gender;        // GenderCurrent: 0 1 2 9
  OptDate death;             // PersonDeathDate
  std::string ethnicity;     // Ethnicity: WBRI..NOBT
  std::vector<std::string> disabilities;  // Disability codes
  std::vector<CinEpisode> episodes;
  bool operator==(const Child&) const = default;
};

// The header of one census return.
struct CensusHeader {
  std::string la;             // Source/LEA, DfE 3-digit LA number
  int collection_year = 0;    // CollectionDetails/Year: the year the census is taken (31 March)
  OptDate reference_date;     // CollectionDetails/ReferenceDate
  std::string software_code;  // Source/SoftwareCode
  std::string release;        // Source/Release
  std::string serial_no;      // Source/SerialNo
  std::string date_time;      // Source/DateTime, as written
  bool operator==(const CensusHeader&) const = default;
};

struct Census {
  CensusHeader header;
  std::vector<Child> children;
};

}  // namespace lens
