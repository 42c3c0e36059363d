// looked_after.hpp — the records of a child's time looked after by a local authority, as the
// DfE SSDA903 return carries them.
//
// These are plain values, like child_journey.hpp for the CIN census: what intake produces, what
// the store keeps and gives back, what measures read. Codes stay as the return spells them
// ("V2", "U3", "E11"); returns/ssda903/ssda903_codes.hpp says what they mean. Optional fields
// are std::optional (dates, numbers, yes/no) or empty strings (codes, identifiers).
//
// A child is identified by local authority (DfE 3-digit LA number) + LA child id — the same id
// the CIN census uses — so one child's CIN records and looked-after records join on (la, id).
//
// Unlike the CIN census, a 903 return carries one collection year only (the episodes, reviews
// and so on open during the year ending 31 March `collection_year`). A child's history is the
// union of the years held. Records that describe one year (OC2, OC3, AD1, UASC, previous
// permanence) carry that `year`; records that are events (episodes, reviews, missing episodes,
// adoption decisions, social worker episodes) are identified by their start date, and when two
// years hold the same event the newer year's copy wins (merge_years). Thread-safe: values only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace lens {

// One row of the Episodes table: a stretch of care with one legal status and one placement.
struct LacEpisode {
  Date start;                       // DECOM
  std::string reason_new;           // RNE: S L P T B U
  std::string legal_status;         // LS: C1 C2 D1 E1 V2 V3 V4 L1 L2 L3 J1 J2 J3
  std::string category_of_need;     // CIN: N1..N8
  std::string placement;            // PLACE (PL in the XML): A3..Z1
  std::string provider;             // PLACE_PROVIDER: PR0..PR5, may be empty
  OptDate end;                      // DEC
  std::string reason_ceased;        // REC: X1, E11.., may be empty while open
  std::string reason_place_change;  // REASON_PLACE_CHANGE, may be empty
  std::string home_postcode;        // HOME_POST
  std::string placement_postcode;   // PL_POST
  std::string urn;                  // URN (Ofsted unique reference number of the placement)
  bool operator==(const LacEpisode&) const = default;
};

// Reviews table: a looked-after review and how the child took part.
struct LacReview {
  Date date;                  // REVIEW
  std::string participation;  // REVIEW_CODE: PN0..PN7
  bool operator==(const LacReview&) const = default;
};

// Missing table: an episode missing from care (M) or away without authorisation (A).
struct MissingEpisode {
  std::string kind;  // MISSING: M or A
  Date start;        // MIS_START
  OptDate end;       // MIS_END
  bool operator==(const MissingEpisode&) const = default;
};

// UASC table: the child was an unaccompanied asylum-seeking child during `year`.
struct UascStatus {
  int year = 0;
  OptDate ceased;  // DUC: the date the child stopped being UASC (e.g. turned 18), if it did
  bool operator==(const UascStatus&) const = default;
};

// OC2 table: outcomes for a child looked after continuously for 12 months at 31 March `year`.
struct HealthOutcomes {
  int year = 0;
  std::optional<int> sdq_score;             // SDQ_SCORE 0..40
  std::string sdq_reason;                   // SDQ_REASON: SDQ1..SDQ5 when there is no score
  std::optional<bool> convicted;            // CONVICTED
  std::optional<bool> health_check;         // HEALTH_CHECK
  std::optional<bool> immunisations;        // IMMUNISATIONS
  std::optional<bool> teeth_check;          // TEETH_CHECK
  std::optional<bool> health_assessment;    // HEALTH_ASSESSMENT
  std::optional<bool> substance_misuse;     // SUBSTANCE_MISUSE
  std::optional<bool> intervention_received;  // INTERVENTION_RECEIVED
  std::optional<bool> intervention_offered;   // INTERVENTION_OFFERED
  bool operator==(const HealthOutcomes&) const = default;
};

// OC3 table: a care leaver's situation around their birthday in `year`.
struct CareLeaverOutcome {
  int year = 0;
  std::string in_touch;       // IN_TOUCH: YES NO DIED REFU NREQ RHOM
  std::string activity;       // ACTIV: F1 P1 F2 P2 F4 P4 F5 P5 G4 G5 G6 0 (F3 P3 until 2021)
  std::string accommodation;  // ACCOM: B1..Z2 (letter = type, 1 suitable, 2 unsuitable), 0
  bool operator==(const CareLeaverOutcome&) const = default;
};

// AD1 table: a child adopted (left care through an adoption order) during `year`.
struct Adoption {
  int year = 0;
  OptDate should_be_placed;          // DATE_INT: decision that the child should be placed
  OptDate matched;                   // DATE_MATCH: child matched with adopter(s)
  std::optional<bool> foster_carer;  // FOSTER_CARE: adopted by their foster carer(s)
  std::optional<int> adopters;       // NB_ADOPTR: 1 or 2
  std::string adopter_sex;           // SEX_ADOPTR: M1 F1 MM FF MF
  std::string adopter_legal_status;  // LS_ADOPTR: L0 L11 L12 L2 L3 L4
  bool operator==(const Adoption&) const = default;
};

// PlacedAdoption table: a decision that the child should be placed for adoption.
struct PlacedForAdoption {
  Date decided;            // DATE_PLACED
  OptDate reversed;        // DATE_PLACED_CEASED: decision that they should no longer be
  std::string reason;      // REASON_PLACED_CEASED: RD1..RD4
  bool operator==(const PlacedForAdoption&) const = default;
};

// PrevPerm table: permanence the child had before this period of care (for `year`).
struct PreviousPermanence {
  int year = 0;
  std::string option;  // PREV_PERM: P1 adoption, P2 SGO, P3 RO/CAO, P4 unknown, Z1 none
  std::string la;      // LA_PERM: the authority that made the order, as written
  std::string date;    // DATE_PERM, as written: the guidance allows a partial date (zz/MM/YYYY)
  bool operator==(const PreviousPermanence&) const = default;
};

// SocialWorker table (2023-24 onwards): who the child's social worker was, and when.
struct SocialWorkerEpisode {
  std::string worker;  // SW_ID
  Date start;          // SW_DECOM
  OptDate end;         // SW_DEC
  std::string reason;  // SW_REASON: why the social worker changed
  bool operator==(const SocialWorkerEpisode&) const = default;
};

struct LookedAfterChild {
  std::string la;           // DfE 3-digit LA number
  std::string la_child_id;  // CHILD (CHILDID in the XML)
  std::vector<int> years;   // collection years the child appears in, ascending
  std::string upn;          // UPN, or a UN1..UN7 code when unknown
  std::string sex;          // SEX: 1 male, 2 female
  OptDate birth;            // DOB
  std::string ethnicity;    // ETHNIC
  std::string mother;       // MOTHER: 1 the child is a mother, 0 not, empty not recorded
  OptDate mother_child_birth;  // MC_DOB
  std::vector<LacEpisode> episodes;            // ascending by start
  std::vector<LacReview> reviews;              // ascending by date
  std::vector<MissingEpisode> missing;         // ascending by start
  std::vector<UascStatus> uasc;                // ascending by year
  std::vector<HealthOutcomes> health;          // OC2, ascending by year
  std::vector<CareLeaverOutcome> care_leaver;  // OC3, ascending by year
  std::vector<Adoption> adoptions;             // AD1, ascending by year
  std::vector<PlacedForAdoption> placed_for_adoption;    // ascending by decision date
  std::vector<PreviousPermanence> previous_permanence;   // ascending by year
  std::vector<SocialWorkerEpisode> social_workers;       // ascending by start
  bool operator==(const LookedAfterChild&) const = default;
};

// One authority's 903 return for one collection year.
struct LookedAfterReturn {
  std::string la;
  int collection_year = 0;  // the year of the 31 March the return ends on: 2017 = 2016-17
  std::vector<LookedAfterChild> children;  // each with years == {collection_year}
};

// Merges the records one child has in several collection years into one history. `by_year` is
// the child as each year's return has it, in any order. The newest year wins: header fields
// come from the newest year that has them; an event held by two years (same episode start,
// review date, missing start and kind, adoption decision date, social worker and start) is kept
// once, as the newest year has it; yearly records are kept one per year. Lists are sorted as
// LookedAfterChild says. Empty input gives an empty child.
LookedAfterChild merge_years(std::vector<LookedAfterChild> by_year);

}  // namespace lens
