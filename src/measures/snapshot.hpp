// snapshot.hpp — the analytic snapshot: an in-memory, columnar copy of children's journeys that
// the measures are computed over.
//
// Built once from Child values (from the store or straight from census files), then read-only
// and safe to share between threads. Layout, and why:
// - Struct of arrays, one table per kind of record (children, CIN episodes, assessments,
//   Section 47 enquiries, initial conferences, CP plans): a measure reads two or three columns
//   of one table, so that is all that comes through the cache.
// - Dates are day numbers (Date::days()); a missing date, or an open episode or plan, is kNever
//   (after every real date), so "ended after the period end or not ended" is one comparison.
// - Codes are dictionary-encoded as their category position (dimension.hpp), one byte each.
// - Rows are grouped by authority (Authority::rows), and inside an authority each table is
//   sorted by its own date (referral, authorisation, Section 47 start, conference, plan start),
//   so "in period" is a binary search; closures and plan ends have a sorted index too.
// - What depends only on one child's whole history is worked out while building, once:
//   re-referral within 12 months, an earlier CP plan, the enquiry an initial conference
//   followed, working days of each assessment and conference (the prefix-sum calendar).
// Dates outside the working-day calendar (1990–2060) leave working days unknown (kNoCount).
//
// Children looked after (SSDA903) come in as LookedAfterChild values, each joined to the child
// of the same authority and LA child id, so a child with CIN and looked-after records is one row
// of ChildColumns. Short breaks (legal status V3, V4) are left out while building, so no measure
// sees them (spec/indicators.md: "excluded everywhere unless said"; none says otherwise). What
// the looked-after measures need of one child's history is worked out once, while building:
// periods of care, placements, whether a missing episode fell while looked after.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "measures/dimension.hpp"
#include "model/child_journey.hpp"
#include "model/looked_after.hpp"

namespace lens::measures {

inline constexpr std::int32_t kNever = std::numeric_limits<std::int32_t>::max();
inline constexpr std::int32_t kNoCount = std::numeric_limits<std::int32_t>::min();
inline constexpr std::uint32_t kNoRow = std::numeric_limits<std::uint32_t>::max();

struct RowRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t size() const { return end - begin; }
};

struct ChildColumns {
  std::vector<std::uint16_t> authority;   // index into Snapshot::authorities()
  std::vector<std::int32_t> birth;        // PersonBirthDate, kNever if none
  std::vector<std::int32_t> expected_birth;
  std::vector<std::uint8_t> gender;       // Dim::Gender position
  std::vector<std::uint8_t> ethnic_group; // Dim::EthnicGroup position
  std::vector<std::uint32_t> id_offset;   // LA child id of row i: ids[id_offset[i], id_offset[i+1])
  std::string ids;
  std::vector<std::uint32_t> looked_after;  // LookedAfterColumns row, kNoRow if no 903 records
  std::size_t size() const { return birth.size(); }
  std::string_view id(std::uint32_t row) const {
    return std::string_view(ids).substr(id_offset[row], id_offset[row + 1] - id_offset[row]);
  }
};

// One row per CIN episode, i.e. per referral.
struct EpisodeColumns {
  enum Flag : std::uint8_t { kNfa = 1, kHasAssessment = 2, kReReferral12m = 4 };
  std::vector<std::uint32_t> child;
  std::vector<std::int32_t> referral;  // CINreferralDate
  std::vector<std::int32_t> closure;   // CINclosureDate, kNever while open
  std::vector<std::uint8_t> source;    // Dim::Source
  std::vector<std::uint8_t> need;      // Dim::PrimaryNeed
  std::vector<std::uint8_t> reason;    // Dim::ClosureReason
  std::vector<std::uint8_t> flags;
  std::size_t size() const { return child.size(); }
  bool has(std::uint32_t row, Flag f) const { return (flags[row] & f) != 0; }
};

struct AssessmentColumns {
  std::vector<std::uint32_t> child;
  std::vector<std::int32_t> start;         // AssessmentActualStartDate
  std::vector<std::int32_t> authorised;    // AssessmentAuthorisationDate, kNever if none
  std::vector<std::int32_t> working_days;  // start -> authorised, kNoCount if unknown
  std::vector<std::uint32_t> factor_offset;  // factors of row i: [factor_offset[i], factor_offset[i+1])
  std::vector<std::uint8_t> factors;         // Dim::Factor positions
  std::size_t size() const { return child.size(); }
};

struct Section47Columns {
  std::vector<std::uint32_t> child;
  std::vector<std::int32_t> start;  // S47ActualStartDate
  // DateOfInitialCPC when a conference is recorded (ICPCnotRequired not true and the date
  // present), else kNever.
  std::vector<std::int32_t> icpc;
  std::size_t size() const { return child.size(); }
};

// Initial child protection conferences: one row per distinct (child, DateOfInitialCPC) among the
// child's Section 47 records that record a conference.
struct ConferenceColumns {
  enum Flag : std::uint8_t { kPlanStarted = 1 };
  std::vector<std::uint32_t> child;
  std::vector<std::int32_t> date;
  // The enquiry it followed: the latest S47ActualStartDate on or before the conference among
  // the records carrying this date (if all of them start after it, a data error, the earliest).
  std::vector<std::int32_t> s47_start;
  std::vector<std::int32_t> working_days;  // s47_start -> date, kNoCount if unknown
  std::vector<std::uint8_t> flags;         // kPlanStarted: a CP plan of the child starts on `date`
  std::size_t size() const { return child.size(); }
};

struct CpPlanColumns {
  enum Flag : std::uint8_t { kEarlierPlan = 1 };
  std::vector<std::uint32_t> child;
  std::vector<std::int32_t> start;  // CPPstartDate
  std::vector<std::int32_t> end;    // CPPendDate, kNever while open
  std::vector<std::uint8_t> initial_category;  // Dim::Category
  std::vector<std::uint8_t> latest_category;
  // kEarlierPlan: the child has another plan starting before this one, or NumberOfPreviousCPP > 0.
  std::vector<std::uint8_t> flags;
  std::vector<std::uint32_t> review_offset;  // reviews of row i: [review_offset[i], review_offset[i+1])
  std::vector<std::int32_t> reviews;         // CPPreviewDate, ascending within a plan
  std::size_t size() const { return child.size(); }
};

// ---- Children looked after (SSDA903) ----

// One row per child with looked-after records. Reviews and adoption decisions are list columns.
struct LookedAfterColumns {
  std::vector<std::uint32_t> child;  // ChildColumns row
  // UASC on day d when uasc_from <= d < uasc_until: from the start of the earliest collection
  // year with a UASC record until the DUC of the latest one (kNever if it has none); uasc_from
  // is kNever for a child never recorded as UASC.
  std::vector<std::int32_t> uasc_from;
  std::vector<std::int32_t> uasc_until;
  std::vector<std::uint32_t> review_offset;  // reviews of row i: [review_offset[i], review_offset[i+1])
  std::vector<std::int32_t> reviews;         // REVIEW dates, ascending within a child
  // PlacedAdoption: decisions that the child should be placed for adoption, each standing on
  // days [decided, reversed) (reversed kNever while it stands).
  std::vector<std::uint32_t> decision_offset;
  std::vector<std::int32_t> decided;
  std::vector<std::int32_t> reversed;
  std::size_t size() const { return child.size(); }
};

// One row per episode of care. A child's episodes are consecutive rows in start order (so the
// rows next to an episode of the same child are its neighbours in time); rows are grouped by
// authority, which keeps no date order: the by-start and by-end indexes do. Worked out per child:
// - Periods of care: episodes joined end to start on the same day. kPeriodStart marks the
//   first episode of a period, kPeriodEnd the last; kEntry a period whose first episode has
//   RNE S (a new entry to care).
// - kNewPlacement: the episode begins a placement: the first of a period of care, or one with
//   RNE P, B, T or U whose placement (PLACE, PLACE_PROVIDER, URN, PL_POST) is not the same as
//   the episode before. kAdoptive: placement A3-A6 (placed for adoption).
// - An episode without DEC that is followed by another, or that ends after the next one starts
//   (data errors), is taken to end when the next begins and joins it: at most one episode of a
//   child is open on any day.
struct LacEpisodeColumns {
  enum Flag : std::uint8_t { kPeriodStart = 1, kPeriodEnd = 2, kEntry = 4, kNewPlacement = 8, kAdoptive = 16 };
  std::vector<std::uint32_t> child;
  std::vector<std::int32_t> start;            // DECOM
  std::vector<std::int32_t> end;              // DEC, kNever while open
  std::vector<std::uint8_t> legal_status;     // Dim::LegalStatus
  std::vector<std::uint8_t> placement;        // Dim::PlacementType
  std::vector<std::uint8_t> reason_ceased;    // Dim::ReasonCeased
  std::vector<std::uint8_t> flags;
  std::size_t size() const { return child.size(); }
  bool has(std::uint32_t row, Flag f) const { return (flags[row] & f) != 0; }
};

// Missing table: one row per episode missing from care (M) or away without authorisation (A).
// kWhileLookedAfter: it started within one of the child's periods of care (both ends inclusive).
struct LacMissingColumns {
  enum Flag : std::uint8_t { kMissing = 1, kAway = 2, kWhileLookedAfter = 4 };
  std::vector<std::uint32_t> child;
  std::vector<std::int32_t> start;  // MIS_START
  std::vector<std::uint8_t> flags;
  std::size_t size() const { return child.size(); }
};

// OC2 (health, children looked after for 12 months at 31 March) and OC3 (care leavers) rows:
// one per child and collection year; a flag is set only when the return says yes.
struct LacOutcomeColumns {
  enum Flag : std::uint8_t {
    kHealthAssessment = 1, kTeethChecked = 2, kImmunised = 4,           // OC2
    kInTouch = 8, kEet = 16, kSuitableAccommodation = 32,               // OC3
  };
  std::vector<std::uint32_t> child;
  std::vector<std::int32_t> year;  // collection year (2017 = 2016-17)
  std::vector<std::uint8_t> flags;
  std::size_t size() const { return child.size(); }
};

struct Authority {
  std::string code;  // DfE 3-digit LA number
  RowRange children, episodes, assessments, section47s, conferences, plans;
  // The first day the data is complete for: the start of the year of the earliest census it
  // came from (a census holds the episodes open during its year, not those closed before).
  // kCoveredAlways when not known.
  std::int32_t covered_from = std::numeric_limits<std::int32_t>::min();
  RowRange looked_after, lac_episodes, lac_missing, lac_health, lac_leavers;
  // Like covered_from, for the 903 returns: the start of the earliest collection year held
  // (earlier reviews, and episodes that ended before it, are not in the data).
  std::int32_t looked_after_from = std::numeric_limits<std::int32_t>::min();
};
inline constexpr std::int32_t kCoveredAlways = std::numeric_limits<std::int32_t>::min();

class Snapshot {
 public:
  const std::vector<Authority>& authorities() const { return authorities_; }
  // Position in authorities(), or -1.
  int find_authority(std::string_view code) const;

  const ChildColumns& children() const { return children_; }
  const EpisodeColumns& episodes() const { return episodes_; }
  const AssessmentColumns& assessments() const { return assessments_; }
  const Section47Columns& section47s() const { return section47s_; }
  const ConferenceColumns& conferences() const { return conferences_; }
  const CpPlanColumns& plans() const { return plans_; }
  // Episode rows of each authority sorted by closure date (same ranges as the episodes).
  const std::vector<std::uint32_t>& episodes_by_closure() const { return episodes_by_closure_; }
  // CP plan rows of each authority sorted by end date (same ranges as the plans).
  const std::vector<std::uint32_t>& plans_by_end() const { return plans_by_end_; }

  const LookedAfterColumns& looked_after() const { return looked_after_; }
  const LacEpisodeColumns& lac_episodes() const { return lac_episodes_; }
  const LacMissingColumns& lac_missing() const { return lac_missing_; }  // by start in an authority
  const LacOutcomeColumns& lac_health() const { return lac_health_; }    // OC2, by year in an authority
  const LacOutcomeColumns& lac_leavers() const { return lac_leavers_; }  // OC3, by year in an authority
  // Looked-after episode rows of each authority sorted by start, and by end (kNever last).
  const std::vector<std::uint32_t>& lac_episodes_by_start() const { return lac_episodes_by_start_; }
  const std::vector<std::uint32_t>& lac_episodes_by_end() const { return lac_episodes_by_end_; }
  // Whether a child was an unaccompanied asylum-seeking child on a day (LookedAfterColumns).
  bool uasc(std::uint32_t child, std::int32_t day) const;

  // Dim::AgeBand position of a child on a day.
  std::uint8_t age_band(std::uint32_t child, std::int32_t day) const;

  std::size_t record_count() const;  // rows in all tables, for people and benchmarks

 private:
  friend class SnapshotBuilder;
  std::vector<Authority> authorities_;
  ChildColumns children_;
  EpisodeColumns episodes_;
  AssessmentColumns assessments_;
  Section47Columns section47s_;
  ConferenceColumns conferences_;
  CpPlanColumns plans_;
  std::vector<std::uint32_t> episodes_by_closure_;
  std::vector<std::uint32_t> plans_by_end_;
  LookedAfterColumns looked_after_;
  LacEpisodeColumns lac_episodes_;
  LacMissingColumns lac_missing_;
  LacOutcomeColumns lac_health_, lac_leavers_;
  std::vector<std::uint32_t> lac_episodes_by_start_, lac_episodes_by_end_;
};

// Builds a snapshot one child at a time (so a store can stream children through it), in any
// order of authorities. Not thread-safe; finish() leaves the builder empty.
class SnapshotBuilder {
 public:
  SnapshotBuilder();
  void add(const Child& child);
  // A child's looked-after records, every year held merged into one history (merge_years):
  // one call per child (a second call for the same authority and id is a std::logic_error).
  // Joined to the CIN child of the same authority and LA child id, added before or after.
  void add(const LookedAfterChild& child);
  // Records that an authority's data is complete from `from` (the earliest call wins).
  void cover(const std::string& la, Date from);
  // The same for its 903 returns (Authority::looked_after_from).
  void cover_looked_after(const std::string& la, Date from);
  Snapshot finish();

 private:
  std::uint16_t authority_index(const std::string& code);
  // The ChildColumns row of (authority, id), once 903 children are being joined; kNoRow if none.
  std::uint32_t find_child(std::uint16_t authority, const std::string& id);
  Snapshot s_;
  std::unordered_map<std::string, std::uint16_t> authority_of_code_;
  std::vector<std::int32_t> referral_days_, plan_starts_;  // scratch, per child
  // (authority, LA child id) -> ChildColumns row; built when the first 903 child comes.
  std::unordered_map<std::string, std::uint32_t> row_of_child_;
  bool joining_ = false;
};

Snapshot build_snapshot(const std::vector<Child>& children);

}  // namespace lens::measures
