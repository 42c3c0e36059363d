// The SSDA903 code lists. Codes and the years they are listed: shared/reference/data/
// ssda903_spec/SSDA903_schema_2017..2024.yml (identical 2017–2018; 2019 adds REC E45–E48 in
// place of E43/E44 and REASON_PLACE_CHANGE CUSTOD; 2022 adds ACTIV F4/P4/F5/P5 in place of
// F3/P3; 2024 adds the SocialWorker table). Descriptions are the DfE 903 guidance wording as the
// Standard Safeguarding Dataset carries it (shared/reference/data/ssd_data_model/categories/
// legal_status.yml, placement_type, placement_provider.yml, placement_change_reason.yml,
// placement_ceased_reason.yml, missing.yml, mother.yml; objects/ssd_cla_episodes.yml for RNE,
// CIN and REC; ssd_cla_reviews.yml for REVIEW_CODE; ssd_care_leavers.yml for IN_TOUCH, ACTIV
// and ACCOM; ssd_sdq_scores.yml; ssd_cla_previous_permanence.yml; ssd_permanence.yml for the
// adopters). Where no reference file has the wording (placement types U3–U6 and Z1, whose
// category file is cut short; REC E43/E44 of 2017–2018; SW_REASON) the description is written
// from the code's meaning in the DfE guide and should be checked against it.
#include "returns/ssda903/ssda903_codes.hpp"

#include <array>

namespace lens::ssda903 {
namespace {

// 1/2 until 2023-24; M/F/U from 2024-25 (DfE 903 rule 101, validator_rules/903_rules.tsv).
constexpr Code kSex[] = {
    {"1", "Male", {}, 2017, 2024}, {"2", "Female", {}, 2017, 2024},
    {"M", "Male", {}, 2025},       {"F", "Female", {}, 2025},
    {"U", "Not known", {}, 2025},
};

// Header ETHNIC, in the specification's order; groups as spec/indicators.md.
constexpr Code kEthnicity[] = {
    {"WBRI", "White British", "white"},
    {"WIRI", "White Irish", "white"},
    {"WOTH", "Any other White background", "white"},
    {"WIRT", "Traveller of Irish heritage", "white"},
    {"WROM", "Gypsy/Roma", "white"},
    {"MWBC", "White and Black Caribbean", "mixed"},
    {"MWBA", "White and Black African", "mixed"},
    {"MWAS", "White and Asian", "mixed"},
    {"MOTH", "Any other Mixed background", "mixed"},
    {"AIND", "Indian", "asian"},
    {"APKN", "Pakistani", "asian"},
    {"ABAN", "Bangladeshi", "asian"},
    {"AOTH", "Any other Asian background", "asian"},
    {"BCRB", "Caribbean", "black"},
    {"BAFR", "African", "black"},
    {"BOTH", "Any other Black background", "black"},
    {"CHNE", "Chinese", "other"},
    {"OOTH", "Any other ethnic group", "other"},
    {"REFU", "Refused", "not_known"},
    {"NOBT", "Information not yet obtained", "not_known"},
};
constexpr CodeGroup kEthnicGroups[] = {
    {"white", "White"}, {"mixed", "Mixed"}, {"asian", "Asian"},
    {"black", "Black"}, {"other", "Other"}, {"not_known", "Not known"},
};

constexpr Code kMother[] = {{"0", "Female child is not a mother"}, {"1", "Female child is a mother"}};

constexpr Code kReasonNewEpisode[] = {
    {"S", "Started to be looked after"},
    {"L", "Change of legal status only"},
    {"P", "Change of placement and carer(s) only"},
    {"T", "Change of placement (but same carer(s)) only"},
    {"B", "Change of legal status and placement and carer(s) at the same time"},
    {"U", "Change of legal status and change of placement (but same carer(s)) at the same time"},
};

// Groups are Lens's, for breakdowns: the kind of authority the child is looked after under.
constexpr Code kLegalStatus[] = {
    {"C1", "Interim care order", "care_order"},
    {"C2", "Full care order", "care_order"},
    {"D1", "Freeing order granted", "placement_order"},
    {"E1", "Placement order granted", "placement_order"},
    {"V2", "Single period of accommodation under section 20 (Children Act 1989)", "voluntary"},
    {"V3",
     "Accommodated under an agreed series of short-term breaks, when individual episodes of care "
     "are recorded",
     "short_breaks"},
    {"V4",
     "Accommodated under an agreed series of short-term breaks, when agreements are recorded (not "
     "individual episodes of care)",
     "short_breaks"},
    {"L1", "Under police protection and in local authority accommodation", "emergency"},
    {"L2", "Emergency protection order (EPO)", "emergency"},
    {"L3", "Under child assessment order and in local authority accommodation", "emergency"},
    {"J1", "Remanded to local authority accommodation or to youth detention accommodation",
     "youth_justice"},
    {"J2",
     "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984, "
     "including secure accommodation",
     "youth_justice"},
    {"J3",
     "Sentenced to a youth rehabilitation order with a residence or intensive fostering "
     "requirement",
     "youth_justice"},
};
constexpr CodeGroup kLegalStatusGroups[] = {
    {"care_order", "Care orders"},
    {"placement_order", "Freed for adoption or placement order"},
    {"voluntary", "Voluntary agreement under section 20"},
    {"short_breaks", "Short breaks"},
    {"emergency", "Police protection, emergency protection or child assessment order"},
    {"youth_justice", "Youth justice legal statuses"},
};

constexpr Code kCategoryOfNeed[] = {
    {"N1", "Abuse or neglect"},
    {"N2", "Child's disability"},
    {"N3", "Parental illness or disability"},
    {"N4", "Family in acute stress"},
    {"N5", "Family dysfunction"},
    {"N6", "Socially unacceptable behaviour"},
    {"N7", "Low income"},
    {"N8", "Absent parenting"},
};

// Groups follow the DfE's published placement groups for looked-after children.
constexpr Code kPlacementType[] = {
    {"A3", "Placed for adoption with parental/guardian consent with current foster carer(s)", "adoption"},
    {"A4", "Placed for adoption with parental/guardian consent not with current foster carer(s)", "adoption"},
    {"A5", "Placed for adoption with placement order with current foster carer(s)", "adoption"},
    {"A6", "Placed for adoption with placement order not with current foster carer(s)", "adoption"},
    {"H5", "Semi-independent living accommodation not subject to children's homes regulations",
     "residential"},
    {"K1", "Secure children's homes", "residential"},
    {"K2", "Children's homes subject to Children's Homes Regulations", "residential"},
    {"P1", "Placed with own parent(s) or other person(s) with parental responsibility", "with_parents"},
    {"P2", "Independent living", "community"},
    {"P3", "Residential employment", "community"},
    {"R1", "Residential care home", "other_residential"},
    {"R2", "NHS/health trust or other establishment providing medical or nursing care",
     "other_residential"},
    {"R3", "Family centre or mother and baby unit", "other_residential"},
    {"R5", "Young offender institution (YOI)", "other_residential"},
    {"S1", "All residential schools, except where dual-registered as a school and children's home",
     "residential_school"},
    {"T0", "All types of temporary move", "temporary"},
    {"T1", "Temporary periods in hospital", "temporary"},
    {"T2", "Temporary absences of the child on holiday", "temporary"},
    {"T3", "Temporary accommodation while normal foster carer(s) is/are on holiday", "temporary"},
    {"T4", "Temporary accommodation of seven days or less, for any reason, not covered by T1 to T3",
     "temporary"},
    {"U1", "Foster placement with relative(s) or friend(s) – long term fostering", "foster"},
    {"U2",
     "Fostering placement with relative(s) or friend(s) who is/are also an approved adopter(s) – "
     "fostering for adoption / concurrent planning",
     "foster"},
    {"U3",
     "Fostering placement with relative(s) or friend(s) – not long term or fostering for adoption / "
     "concurrent planning",
     "foster"},
    {"U4", "Foster placement with other foster carer(s) – long term fostering", "foster"},
    {"U5",
     "Foster placement with other foster carer(s) who is/are also an approved adopter(s) – "
     "fostering for adoption / concurrent planning",
     "foster"},
    {"U6",
     "Foster placement with other foster carer(s) – not long term or fostering for adoption / "
     "concurrent planning",
     "foster"},
    {"Z1", "Other placements", "other"},
};
constexpr CodeGroup kPlacementGroups[] = {
    {"foster", "Foster placements"},
    {"adoption", "Placed for adoption"},
    {"with_parents", "Placed with parents or other person with parental responsibility"},
    {"community", "Other placements in the community"},
    {"residential", "Secure units, children's homes and semi-independent living"},
    {"other_residential", "Other residential settings"},
    {"residential_school", "Residential schools"},
    {"temporary", "Temporary placements"},
    {"other", "Other placements"},
};

constexpr Code kPlacementProvider[] = {
    {"PR0", "Parent(s) or other person(s) with parental responsibility"},
    {"PR1", "Own provision (by the local authority)"},
    {"PR2", "Other local authority provision"},
    {"PR3", "Other public provision (for example, a primary care trust)"},
    {"PR4", "Private provision"},
    {"PR5", "Voluntary/third sector provision"},
};

constexpr Code kReasonEpisodeCeased[] = {
    {"X1", "Episode ceases, and new episode begins on same day, for any reason"},
    {"E11", "Adopted – application for an adoption order unopposed"},
    {"E12", "Adopted – consent dispensed with by the court"},
    {"E2", "Died"},
    {"E3", "Care taken over by another local authority in the UK"},
    {"E4A",
     "Returned home to live with parent(s), relative(s), or other person(s) with parental "
     "responsibility as part of the care planning process"},
    {"E4B",
     "Returned home to live with parent(s), relative(s), or other person(s) with parental "
     "responsibility which was not part of the current care planning process"},
    {"E13", "Left care to live with parent(s), relative(s), or other person(s) with no parental responsibility"},
    {"E41", "Residence order or child arrangement order granted"},
    {"E45", "Special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s)", {}, 2019},
    {"E46", "Special guardianship order made to former foster carer(s), other than relative(s) or friend(s)", {}, 2019},
    {"E47", "Special guardianship order made to carer(s), other than former foster carer(s), who was/are a relative(s) or friend(s)", {}, 2019},
    {"E48", "Special guardianship order made to carer(s), other than former foster carer(s), other than relative(s) or friend(s)", {}, 2019},
    {"E43", "Special guardianship order made to former foster carer(s)", {}, 2017, 2018},
    {"E44", "Special guardianship order made to carer(s), other than former foster carer(s)", {}, 2017, 2018},
    {"E5",
     "Moved into independent living arrangement and no longer looked after: supportive "
     "accommodation providing formalised advice/support arrangements"},
    {"E6",
     "Moved into independent living arrangement and no longer looked after: accommodation "
     "providing no formalised advice/support arrangements"},
    {"E7", "Transferred to residential care funded by adult social care services"},
    {"E9", "Sentenced to custody"},
    {"E14", "Accommodation on remand ended"},
    {"E15", "Age assessment determined child is aged 18 or over and E5, E6 and E7 do not apply"},
    {"E16", "Child moved abroad"},
    {"E17", "Aged 18 (or over) and remained with current carers (including under staying put arrangements)"},
    {"E8", "Period of being looked after ceased for any other reason"},
};

constexpr Code kReasonPlaceChange[] = {
    {"CARPL", "Change to/implementing care plan"},
    {"CLOSE", "Resignation/closure of provision"},
    {"ALLEG", "Allegation (s47)"},
    {"STAND", "Standards of care concern"},
    {"APPRR", "Approval removed"},
    {"CREQB", "Carer(s) requests placement end due to child's behaviour"},
    {"CREQO", "Carer(s) requests placement end for other reasons"},
    {"CHILD", "Child requests placement end"},
    {"LAREQ", "Responsible/area authority requests placement end"},
    {"PLACE", "Change in the status of placement only"},
    {"CUSTOD", "Custody arrangement", {}, 2019},
    {"OTHER", "Other reasons not captured above"},
};

constexpr Code kReviewParticipation[] = {
    {"PN0", "Child aged under 4 at the time of the review"},
    {"PN1", "Child physically attends and speaks for him or herself"},
    {"PN2", "Child physically attends and an advocate speaks on his or her behalf"},
    {"PN3", "Child attends and conveys his or her view symbolically (non-verbally)"},
    {"PN4", "Child physically attends but does not speak or convey a view, and no advocate speaks for them"},
    {"PN5", "Child does not attend physically but briefs an advocate to speak for him or her"},
    {"PN6", "Child does not attend but conveys his or her feelings to the review by a facilitative medium"},
    {"PN7", "Child does not attend nor are his or her views conveyed to the review"},
};

constexpr Code kMissingType[] = {
    {"M", "Missing from care"},
    {"A", "Away from placement without authorisation"},
};

constexpr Code kYesNo[] = {{"0", "No"}, {"1", "Yes"}};

constexpr Code kSdqReason[] = {
    {"SDQ1", "No form returned as child was aged under 4 or over 16 at date of latest assessment"},
    {"SDQ2", "Carer(s) refused to complete and return questionnaire"},
    {"SDQ3", "Not possible to complete the questionnaire due to severity of the child's disability"},
    {"SDQ4", "Other"},
    {"SDQ5", "Child or young person refuses to allow an SDQ to be completed"},
};

constexpr Code kInTouch[] = {
    {"YES", "Yes – in touch"},
    {"NO", "No – not in touch"},
    {"DIED", "Died after leaving care"},
    {"REFU", "Young person refuses contact"},
    {"NREQ", "Young person no longer requires children's social care services"},
    {"RHOM", "Young person returned to live with parents or someone with parental responsibility for 6 months or more"},
};

// Groups for care_leavers_eet_pct: in education, employment or training, or not.
constexpr Code kActivity[] = {
    {"F1", "Full time in higher education", "eet"},
    {"P1", "Part time in higher education", "eet"},
    {"F2", "Full time in education other than higher education", "eet"},
    {"P2", "Part time in education other than higher education", "eet"},
    {"F4", "Full time in an apprenticeship", "eet", 2022},
    {"P4", "Part time in an apprenticeship", "eet", 2022},
    {"F5", "Full time in training or employment (not apprenticeship)", "eet", 2022},
    {"P5", "Part time in training or employment (not apprenticeship)", "eet", 2022},
    {"F3", "Full time in training or employment", "eet", 2017, 2021},
    {"P3", "Part time in training or employment", "eet", 2017, 2021},
    {"G4", "Not in education, employment or training because of illness or disability", "neet"},
    {"G5", "Not in education, employment or training: other circumstances", "neet"},
    {"G6", "Not in education, employment or training due to pregnancy or parenting", "neet"},
    {"0", "Activity not known", "not_known"},
};
constexpr CodeGroup kActivityGroups[] = {
    {"eet", "In education, employment or training"},
    {"neet", "Not in education, employment or training"},
    {"not_known", "Not known"},
};

// ACCOM: the letter is the kind of accommodation, the digit whether it is suitable (1) or not (2).
#define LENS_ACCOM(letter, kind)                                  \
  {letter "1", kind " – suitable", "suitable"}, {letter "2", kind " – not suitable", "unsuitable"}
constexpr Code kAccommodation[] = {
    LENS_ACCOM("B", "With parent(s) or relative(s)"),
    LENS_ACCOM("C", "Community home or other form of residential care"),
    LENS_ACCOM("D", "Semi-independent, transitional accommodation"),
    LENS_ACCOM("E", "Supported lodgings"),
    LENS_ACCOM("G", "Gone abroad"),
    LENS_ACCOM("H", "Deported"),
    LENS_ACCOM("K", "Ordinary lodgings, without formal support"),
    LENS_ACCOM("R", "Residence not known"),
    LENS_ACCOM("S", "No fixed abode / homeless"),
    LENS_ACCOM("T", "Foyers and similar supported accommodation"),
    LENS_ACCOM("U", "Independent living"),
    LENS_ACCOM("V", "Emergency accommodation"),
    LENS_ACCOM("W", "Bed and breakfast"),
    LENS_ACCOM("X", "In custody"),
    LENS_ACCOM("Y", "Other accommodation"),
    LENS_ACCOM("Z", "With former foster carer(s)"),
    {"0", "Accommodation not known", "not_known"},
};
#undef LENS_ACCOM
constexpr CodeGroup kAccommodationGroups[] = {
    {"suitable", "Suitable"}, {"unsuitable", "Not suitable"}, {"not_known", "Not known"}};

constexpr Code kAdopterSex[] = {
    {"M1", "Single male"}, {"F1", "Single female"}, {"MM", "Male couple"},
    {"FF", "Female couple"}, {"MF", "Male/female couple"},
};

constexpr Code kAdopterLegalStatus[] = {
    {"L0", "Single adopter"},
    {"L11", "Different gender married couple"},
    {"L12", "Same gender married couple"},
    {"L2", "Civil partnership couple"},
    {"L3", "Different gender unmarried couple"},
    {"L4", "Same gender couple not married or in a civil partnership"},
};

constexpr Code kPlacedCeasedReason[] = {
    {"RD1", "The child's needs changed after the decision"},
    {"RD2", "The court did not make a placement order"},
    {"RD3", "Prospective adopters could not be found"},
    {"RD4", "Any other reason"},
};

constexpr Code kPreviousPermanence[] = {
    {"P1", "Adoption"},
    {"P2", "Special guardianship order (SGO)"},
    {"P3", "Residence order (RO) or child arrangements order (CAO)"},
    {"P4", "Unknown"},
    {"Z1", "Child has not previously had a permanence option"},
};

// The 2024 specification spells PCCHAN with a trailing space; the code is PCCHAN.
constexpr Code kSocialWorkerReason[] = {
    {"MANAGE", "Management decision", {}, 2024},
    {"FCONTA", "Fixed-term contract ended", {}, 2024},
    {"LEFTRL", "Social worker left the role", {}, 2024},
    {"ORGRST", "Organisational restructure", {}, 2024},
    {"TSPROC", "Transfer between teams as part of the process", {}, 2024},
    {"ABSENC", "Absence of the social worker", {}, 2024},
    {"CHCHAN", "Change in the child's circumstances", {}, 2024},
    {"PCCHAN", "Change of placement", {}, 2024},
    {"SWDIED", "Social worker died", {}, 2024},
    {"OTHERS", "Other reasons", {}, 2024},
};

struct ListInfo {
  std::span<const Code> codes;
  std::string_view noun;
  std::span<const CodeGroup> groups = {};
};

ListInfo info(CodeList list) {
  switch (list) {
    case CodeList::Sex: return {kSex, "sex"};
    case CodeList::Ethnicity: return {kEthnicity, "ethnicity", kEthnicGroups};
    case CodeList::Mother: return {kMother, "mother status"};
    case CodeList::ReasonNewEpisode: return {kReasonNewEpisode, "reason for new episode"};
    case CodeList::LegalStatus: return {kLegalStatus, "legal status", kLegalStatusGroups};
    case CodeList::CategoryOfNeed: return {kCategoryOfNeed, "category of need"};
    case CodeList::PlacementType: return {kPlacementType, "placement type", kPlacementGroups};
    case CodeList::PlacementProvider: return {kPlacementProvider, "placement provider"};
    case CodeList::ReasonEpisodeCeased: return {kReasonEpisodeCeased, "reason episode ceased"};
    case CodeList::ReasonPlaceChange: return {kReasonPlaceChange, "reason for placement change"};
    case CodeList::ReviewParticipation: return {kReviewParticipation, "review participation"};
    case CodeList::MissingType: return {kMissingType, "missing or away"};
    case CodeList::YesNo: return {kYesNo, "yes/no"};
    case CodeList::SdqReason: return {kSdqReason, "reason for no SDQ score"};
    case CodeList::InTouch: return {kInTouch, "in touch"};
    case CodeList::Activity: return {kActivity, "activity", kActivityGroups};
    case CodeList::Accommodation: return {kAccommodation, "accommodation", kAccommodationGroups};
    case CodeList::AdopterSex: return {kAdopterSex, "sex of adopter(s)"};
    case CodeList::AdopterLegalStatus: return {kAdopterLegalStatus, "legal status of adopter(s)"};
    case CodeList::PlacedCeasedReason:
      return {kPlacedCeasedReason, "reason no longer to be placed for adoption"};
    case CodeList::PreviousPermanence: return {kPreviousPermanence, "previous permanence option"};
    case CodeList::SocialWorkerReason: return {kSocialWorkerReason, "reason for social worker change"};
  }
  return {};
}

int clamp_year(int year) { return year == 0 ? 0 : year < 2017 ? 2017 : year > 2025 ? 2025 : year; }

bool listed_in(const Code& c, int year) {
  year = clamp_year(year);
  return year == 0 || (c.first_year <= year && (c.last_year == 0 || year <= c.last_year));
}

}  // namespace

std::span<const Code> codes(CodeList list) { return info(list).codes; }
std::string_view list_noun(CodeList list) { return info(list).noun; }
std::span<const CodeGroup> groups(CodeList list) { return info(list).groups; }

const Code* find_code(CodeList list, std::string_view code) {
  for (const auto& c : codes(list))
    if (c.code == code) return &c;
  return nullptr;
}

bool is_valid_code(CodeList list, std::string_view code, int year) {
  const Code* c = find_code(list, code);
  return c && listed_in(*c, year);
}

std::string_view describe(CodeList list, std::string_view code) {
  const Code* c = find_code(list, code);
  return c ? c->description : std::string_view{};
}

std::string_view census_gender(std::string_view sex) {
  if (sex == "M") return "1";
  if (sex == "F") return "2";
  if (sex == "U") return "0";
  return sex;
}

std::string_view group_of(CodeList list, std::string_view code) {
  const Code* c = find_code(list, code);
  return c ? c->group : std::string_view{};
}

int position(CodeList list, std::string_view code) {
  auto all = codes(list);
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i].code == code) return static_cast<int>(i);
  return -1;
}

std::string expected_codes(CodeList list, int year) {
  std::string out;
  for (const auto& c : codes(list)) {
    if (!listed_in(c, year)) continue;
    if (!out.empty()) out += ", ";
    out += c.code;
  }
  return out;
}

}  // namespace lens::ssda903
