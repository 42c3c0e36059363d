#include "returns/ssda903/ssda903_tables.hpp"

namespace lens::ssda903 {
namespace {

using K = FieldKind;
using L = CodeList;

constexpr Column kChild{"CHILD", K::Text, L::YesNo, true, true};
constexpr Column kDob{"DOB", K::Date, L::YesNo, true};

constexpr Column kHeader[] = {
    kChild,
    {"SEX", K::Code, L::Sex, true},
    kDob,
    {"ETHNIC", K::Code, L::Ethnicity, true},
    {"UPN", K::Text, L::YesNo, true},
    {"MOTHER", K::Code, L::Mother},
    {"MC_DOB", K::Date},
};
constexpr Column kEpisodes[] = {
    kChild,
    {"DECOM", K::Date, L::YesNo, true, true},
    {"RNE", K::Code, L::ReasonNewEpisode, true},
    {"LS", K::Code, L::LegalStatus, true},
    {"CIN", K::Code, L::CategoryOfNeed, true},
    {"PLACE", K::Code, L::PlacementType, true},
    {"PLACE_PROVIDER", K::Code, L::PlacementProvider},
    {"DEC", K::Date},
    {"REC", K::Code, L::ReasonEpisodeCeased},
    {"REASON_PLACE_CHANGE", K::Code, L::ReasonPlaceChange},
    {"HOME_POST", K::Text},
    {"PL_POST", K::Text},
    {"URN", K::Text},
};
constexpr Column kReviews[] = {
    kChild, kDob,
    {"REVIEW", K::Date, L::YesNo, true, true},
    {"REVIEW_CODE", K::Code, L::ReviewParticipation, true},
};
constexpr Column kUasc[] = {
    kChild,
    {"SEX", K::Code, L::Sex, true},
    kDob,
    {"DUC", K::Date},
};
constexpr Column kOc2[] = {
    kChild, kDob,
    {"SDQ_SCORE", K::Integer},
    {"SDQ_REASON", K::Code, L::SdqReason},
    {"CONVICTED", K::Code, L::YesNo},
    {"HEALTH_CHECK", K::Code, L::YesNo},
    {"IMMUNISATIONS", K::Code, L::YesNo},
    {"TEETH_CHECK", K::Code, L::YesNo},
    {"HEALTH_ASSESSMENT", K::Code, L::YesNo},
    {"SUBSTANCE_MISUSE", K::Code, L::YesNo},
    {"INTERVENTION_RECEIVED", K::Code, L::YesNo},
    {"INTERVENTION_OFFERED", K::Code, L::YesNo},
};
constexpr Column kOc3[] = {
    kChild, kDob,
    {"IN_TOUCH", K::Code, L::InTouch, true},
    {"ACTIV", K::Code, L::Activity, true},
    {"ACCOM", K::Code, L::Accommodation, true},
};
constexpr Column kAd1[] = {
    kChild, kDob,
    {"DATE_INT", K::Date, L::YesNo, true},
    {"DATE_MATCH", K::Date, L::YesNo, true},
    {"FOSTER_CARE", K::Code, L::YesNo, true},
    {"NB_ADOPTR", K::Integer, L::YesNo, true},
    {"SEX_ADOPTR", K::Code, L::AdopterSex, true},
    {"LS_ADOPTR", K::Code, L::AdopterLegalStatus, true},
};
constexpr Column kPlacedAdoption[] = {
    kChild, kDob,
    {"DATE_PLACED", K::Date, L::YesNo, true, true},
    {"DATE_PLACED_CEASED", K::Date},
    {"REASON_PLACED_CEASED", K::Code, L::PlacedCeasedReason},
};
constexpr Column kPrevPerm[] = {
    kChild, kDob,
    {"PREV_PERM", K::Code, L::PreviousPermanence, true},
    {"LA_PERM", K::Text},
    {"DATE_PERM", K::PartialDate},
};
constexpr Column kMissing[] = {
    kChild, kDob,
    {"MISSING", K::Code, L::MissingType, true},
    {"MIS_START", K::Date, L::YesNo, true, true},
    {"MIS_END", K::Date},
};
constexpr Column kSocialWorker[] = {
    kChild, kDob,
    {"SW_ID", K::Text, L::YesNo, true},
    {"SW_DECOM", K::Date, L::YesNo, true, true},
    {"SW_DEC", K::Date},
    {"SW_REASON", K::Code, L::SocialWorkerReason},
};

constexpr TableSpec kTables[] = {
    {Table::Header, "Header", "header", kHeader},
    {Table::Episodes, "Episodes", "episodes", kEpisodes},
    {Table::Reviews, "Reviews", "reviews", kReviews},
    {Table::Uasc, "UASC", "uasc", kUasc},
    {Table::Oc2, "OC2", "oc2", kOc2},
    {Table::Oc3, "OC3", "oc3", kOc3},
    {Table::Ad1, "AD1", "ad1", kAd1},
    {Table::PlacedAdoption, "PlacedAdoption", "placed_for_adoption", kPlacedAdoption},
    {Table::PrevPerm, "PrevPerm", "previous_permanence", kPrevPerm},
    {Table::Missing, "Missing", "missing", kMissing},
    {Table::SocialWorker, "SocialWorker", "social_worker", kSocialWorker, 2024},
};
static_assert(std::size(kTables) == kTableCount);

}  // namespace

std::span<const TableSpec> tables() { return kTables; }
const TableSpec& spec(Table table) { return kTables[static_cast<int>(table)]; }

const Column* find_column(Table table, std::string_view name) {
  for (const auto& c : spec(table).columns)
    if (c.name == name) return &c;
  return nullptr;
}

}  // namespace lens::ssda903
