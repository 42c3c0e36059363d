// The columns follow CIN_schema_2024.xsd (shared/reference/data/cin_census_xsd/): each table
// holds the leaf elements of its element, in schema order, after the ids that join it to its
// child and episode.
#include "returns/cin/census_rows.hpp"

namespace lens::cin {
namespace {

using C = std::string_view;

constexpr C kHeader[] = {"Collection", "Year", "ReferenceDate", "SourceLevel", "LEA",
                         "SoftwareCode", "Release", "SerialNo", "DateTime"};
constexpr C kChildIdentifiers[] = {"LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate",
                                   "ExpectedPersonBirthDate", "GenderCurrent", "PersonDeathDate"};
constexpr C kChildCharacteristics[] = {"LAchildID", "Ethnicity"};
constexpr C kDisabilities[] = {"LAchildID", "Disability"};
constexpr C kCINdetails[] = {"LAchildID", "CINdetailsID", "CINreferralDate", "ReferralSource",
                             "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC",
                             "ReferralNFA"};
constexpr C kAssessments[] = {"LAchildID", "CINdetailsID", "AssessmentID", "AssessmentActualStartDate",
                              "AssessmentInternalReviewDate", "AssessmentAuthorisationDate"};
constexpr C kAssessmentFactors[] = {"LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactors"};
constexpr C kCINplanDates[] = {"LAchildID", "CINdetailsID", "CINPlanStartDate", "CINPlanEndDate"};
constexpr C kSection47[] = {"LAchildID", "CINdetailsID", "S47ActualStartDate", "InitialCPCtarget",
                            "DateOfInitialCPC", "ICPCnotRequired"};
constexpr C kChildProtectionPlans[] = {"LAchildID", "CINdetailsID", "CPPID", "CPPstartDate", "CPPendDate",
                                       "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP"};
constexpr C kReviews[] = {"LAchildID", "CINdetailsID", "CPPID", "CPPreviewDate"};

constexpr CensusTableSpec kTables[] = {
    {CensusTable::Header, "Header", kHeader},
    {CensusTable::ChildIdentifiers, "ChildIdentifiers", kChildIdentifiers},
    {CensusTable::ChildCharacteristics, "ChildCharacteristics", kChildCharacteristics},
    {CensusTable::Disabilities, "Disabilities", kDisabilities},
    {CensusTable::CINdetails, "CINdetails", kCINdetails},
    {CensusTable::Assessments, "Assessments", kAssessments},
    {CensusTable::AssessmentFactors, "AssessmentFactors", kAssessmentFactors},
    {CensusTable::CINplanDates, "CINplanDates", kCINplanDates},
    {CensusTable::Section47, "Section47", kSection47},
    {CensusTable::ChildProtectionPlans, "ChildProtectionPlans", kChildProtectionPlans},
    {CensusTable::Reviews, "Reviews", kReviews},
};
static_assert(std::size(kTables) == kCensusTableCount);

}  // namespace

std::span<const CensusTableSpec> census_tables() { return kTables; }

}  // namespace lens::cin
