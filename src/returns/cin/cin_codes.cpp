// The CIN census code lists. Source: shared/reference/data/cin_census_xsd/CIN_schema_2024.xsd
// (the enumerations of gendertype, ethnicitytype, disabilitytype, unknownupntype,
// referralsourcetype, primaryneedcodetype, reasonforclosuretype, categoryofabuse,
// assessmentfactorstype), compared with CIN_schema_2017..2023.xsd for the years a code was listed.
// Descriptions are the schema's documentation in sentence case (the schema writes referral
// sources in capitals, and 5D as "(LA SERVICES – early help" with a stray bracket).
#include "returns/cin/cin_codes.hpp"

#include <array>

namespace lens::cin {
namespace {

// gendertype.
constexpr Code kGender[] = {
    {"1", "Male"},
    {"2", "Female"},
    {"0", "Not recorded or unborn"},
    {"9", "Indeterminate"},
};

// ethnicitytype; groups as spec/indicators.md: W… white, M… mixed, A… asian, B… black,
// C…/O… other, REFU and NOBT not known.
constexpr Code kEthnicity[] = {
    {"WBRI", "White British", "white"},
    {"WIRI", "White Irish", "white"},
    {"WIRT", "Traveller of Irish heritage", "white"},
    {"WOTH", "Any other White background", "white"},
    {"WROM", "Gypsy/Roma", "white"},
    {"MWBC", "White and Black Caribbean", "mixed"},
    {"MWBA", "White and Black African", "mixed"},
    {"MWAS", "White and Asian", "mixed"},
    {"MOTH", "Any other mixed background", "mixed"},
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

// disabilitytype.
constexpr Code kDisability[] = {
    {"NONE", "No disability"},  {"MOB", "Mobility"},         {"HAND", "Hand function"},
    {"PC", "Personal care"},    {"INC", "Incontinence"},     {"COMM", "Communication"},
    {"LD", "Learning"},         {"HEAR", "Hearing"},         {"VIS", "Vision"},
    {"BEH", "Behaviour"},       {"CON", "Consciousness"},    {"AUT", "Autism"},
    {"DDA", "Other"},
};

// unknownupntype. The schema gives no descriptions. UN1–UN5: the DfE wording as the Standard
// Safeguarding Dataset gives it (shared/reference/data/ssd_data_model/categories/upn_unknown.yml,
// written for looked-after children; "looked-after" dropped here). UN7: DfE CIN rule 8772
// (validator_rules/cin_rules.tsv). UN6: no description in any reference file; to be checked
// against the DfE CIN census guide.
constexpr Code kUpnUnknown[] = {
    {"UN1", "Child is not of school age and has not yet been assigned a UPN"},
    {"UN2", "Child has never attended a maintained school in England"},
    {"UN3", "Child is educated outside England"},
    {"UN4", "Child is new to the service and the UPN was not yet known at the time of the return"},
    {"UN5", "Sources collating UPNs reflect discrepancies in the child's name or date of birth, "
            "preventing reliable matching"},
    {"UN6", "UPN unknown, reason UN6"},
    {"UN7", "Referral with no further action"},
};

// referralsourcetype. 5D first appears in the 2023 schema.
constexpr Code kReferralSource[] = {
    {"1A", "Individual – family member, relative or carer", "individual"},
    {"1B", "Individual – acquaintance (including neighbours and child minders)", "individual"},
    {"1C", "Individual – self", "individual"},
    {"1D", "Individual – other (including strangers)", "individual"},
    {"2A", "Schools", "schools"},
    {"2B", "Education services", "education"},
    {"3A", "Health services – general practitioner (GP)", "health"},
    {"3B", "Health services – health visitor", "health"},
    {"3C", "Health services – school nurse", "health"},
    {"3D", "Health services – other primary health services", "health"},
    {"3E", "Health services – A&E (accident and emergency department)", "health"},
    {"3F", "Health services – other (for example hospice)", "health"},
    {"4", "Housing – local authority housing or housing association", "housing"},
    {"5A", "LA services – social care, for example adults social care services", "la_services"},
    {"5B",
     "LA services – other internal (department other than social care in local authorities, "
     "for example youth offending, excluding housing)",
     "la_services"},
    {"5C", "LA services – external, for example another local authority's adults social care services",
     "la_services"},
    {"5D", "LA services – early help", "la_services", 2023},
    {"6", "Police", "police"},
    {"7",
     "Other legal agency – including courts, probation, immigration, CAFCASS (Children and Family "
     "Court Advisory and Support Service) or prison",
     "other_legal"},
    {"8", "Other – including children's centres, independent agency providers or voluntary organisations",
     "other"},
    {"9", "Anonymous", "anonymous"},
    {"10", "Unknown", "unknown"},
};

constexpr CodeGroup kReferralSourceGroups[] = {
    {"individual", "Individual"}, {"schools", "Schools"},        {"education", "Education services"},
    {"health", "Health services"}, {"housing", "Housing"},       {"la_services", "LA services"},
    {"police", "Police"},         {"other_legal", "Other legal agency"}, {"other", "Other"},
    {"anonymous", "Anonymous"},   {"unknown", "Unknown"},
};

constexpr CodeGroup kEthnicGroups[] = {
    {"white", "White"}, {"mixed", "Mixed"}, {"asian", "Asian"},
    {"black", "Black"}, {"other", "Other"}, {"not_known", "Not known"},
};

// primaryneedcodetype, in the schema's order (N0 "not stated" last).
constexpr Code kPrimaryNeed[] = {
    {"N1", "Abuse or neglect"},
    {"N2", "Child's disability"},
    {"N3", "Parental disability or illness"},
    {"N4", "Family in acute stress"},
    {"N5", "Family dysfunction"},
    {"N6", "Socially unacceptable behaviour"},
    {"N7", "Low income"},
    {"N8", "Absent parenting"},
    {"N9", "Cases other than children in need"},
    {"N0", "Not stated"},
};

// reasonforclosuretype. RC9 first appears in the 2023 schema.
constexpr Code kReasonForClosure[] = {
    {"RC1", "Adopted"},
    {"RC2", "Died"},
    {"RC3", "Child arrangements order"},
    {"RC4", "Special guardianship order"},
    {"RC5", "Transferred to services of another local authority"},
    {"RC6", "Transferred to adult social care services"},
    {"RC7", "Services ceased for any other reason, including child no longer in need"},
    {"RC8", "Case closed after assessment, no further action"},
    {"RC9", "Case closed after assessment, referred to early help", {}, 2023},
};

// categoryofabuse.
constexpr Code kCategoryOfAbuse[] = {
    {"NEG", "Neglect"},
    {"PHY", "Physical abuse"},
    {"SAB", "Sexual abuse"},
    {"EMO", "Emotional abuse"},
    {"MUL", "Multiple/not recommended"},
};

// assessmentfactorstype. The 2017–2020 schemas had 18A and 19A where 2021 onwards split them into
// 18B/18C and 19B/19C (child on child, adult on child); 24A first appears in 2022.
constexpr Code kAssessmentFactor[] = {
    {"1A", "Alcohol misuse: concerns about alcohol misuse by the child"},
    {"1B", "Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)"},
    {"1C", "Alcohol misuse: concerns about alcohol misuse by another person living in the household"},
    {"2A", "Drug misuse: concerns about drug misuse by the child"},
    {"2B", "Drug misuse: concerns about drug misuse by the parent(s)/carer(s)"},
    {"2C", "Drug misuse: concerns about drug misuse by another person living in the household"},
    {"3A", "Domestic violence: concerns about the child being the subject of domestic violence"},
    {"3B", "Domestic violence: concerns about the child's parent(s)/carer(s) being the subject of "
           "domestic violence"},
    {"3C", "Domestic violence: concerns about another person living in the household being the "
           "subject of domestic violence"},
    {"4A", "Mental health: concerns about the mental health of the child"},
    {"4B", "Mental health: concerns about the mental health of the parent(s)/carer(s)"},
    {"4C", "Mental health: concerns about the mental health of another person in the family/household"},
    {"5A", "Learning disability: concerns about the child's learning disability"},
    {"5B", "Learning disability: concerns about the parent(s)/carer(s) learning disability"},
    {"5C", "Learning disability: concerns about another person in the family/household's learning "
           "disability"},
    {"6A", "Physical disability or illness: concerns about a physical disability or illness of the child"},
    {"6B", "Physical disability or illness: concerns about a physical disability or illness of the "
           "parent(s)/carer(s)"},
    {"6C", "Physical disability or illness: concerns about a physical disability or illness of another "
           "person in the family/household"},
    {"7A", "Young carer: concerns that services may be required or the child's health or development "
           "may be impaired due to their caring responsibilities"},
    {"8B", "Privately fostered: overseas children who intend to return"},
    {"8C", "Privately fostered: overseas children who intend to stay"},
    {"8D", "Privately fostered: UK children in educational placements"},
    {"8E", "Privately fostered: UK children making alternative family arrangements"},
    {"8F", "Privately fostered: other"},
    {"9A", "UASC: concerns that the child may be at risk of harm as an unaccompanied asylum-seeking child"},
    {"10A", "Missing: concerns that the child may be at risk of harm due to going/being missing"},
    {"11A", "Child sexual exploitation: concerns that the child may be at risk of harm due to child "
            "sexual exploitation"},
    {"12A", "Trafficking: concerns that the child may be at risk of harm due to trafficking"},
    {"13A", "Gangs: concerns that the child may be at risk of harm because of involvement in/with gangs"},
    {"14A", "Socially unacceptable behaviour: concerns that the child may be at risk due to their "
            "socially unacceptable behaviour"},
    {"15A", "Self-harm: concerns that the child may be at risk of harm due to suspected/actual self-harming"},
    {"16A", "Abuse or neglect – neglect"},
    {"17A", "Abuse or neglect – emotional abuse"},
    {"18B", "Abuse or neglect – physical abuse (child on child)", {}, 2021},
    {"18C", "Abuse or neglect – physical abuse (adult on child)", {}, 2021},
    {"19B", "Abuse or neglect – sexual abuse (child on child)", {}, 2021},
    {"19C", "Abuse or neglect – sexual abuse (adult on child)", {}, 2021},
    {"20", "Other"},
    {"21", "No factors identified – only used if there is no evidence of any of the factors above and "
           "no further action is being taken"},
    {"22A", "Female genital mutilation (FGM)"},
    {"23A", "Abuse linked to faith or belief"},
    {"24A", "Child criminal exploitation", {}, 2022},
    {"18A", "Abuse or neglect – physical abuse (before 2021: not split by who abused)", {}, 2017, 2020},
    {"19A", "Abuse or neglect – sexual abuse (before 2021: not split by who abused)", {}, 2017, 2020},
};

struct ListInfo {
  std::span<const Code> codes;
  std::string_view noun;
};

ListInfo info(CodeList list) {
  switch (list) {
    case CodeList::Gender: return {kGender, "gender"};
    case CodeList::Ethnicity: return {kEthnicity, "ethnicity"};
    case CodeList::Disability: return {kDisability, "disability"};
    case CodeList::UpnUnknown: return {kUpnUnknown, "UPN unknown reason"};
    case CodeList::ReferralSource: return {kReferralSource, "referral source"};
    case CodeList::PrimaryNeed: return {kPrimaryNeed, "primary need"};
    case CodeList::ReasonForClosure: return {kReasonForClosure, "reason for closure"};
    case CodeList::CategoryOfAbuse: return {kCategoryOfAbuse, "category of abuse"};
    case CodeList::AssessmentFactor: return {kAssessmentFactor, "assessment factor"};
  }
  return {};
}

}  // namespace

std::span<const Code> codes(CodeList list) { return info(list).codes; }
std::string_view list_noun(CodeList list) { return info(list).noun; }

const Code* find_code(CodeList list, std::string_view code) {
  // The longest list has 44 codes: a linear scan beats building an index.
  for (const Code& c : info(list).codes)
    if (c.code == code) return &c;
  return nullptr;
}

std::string_view describe(CodeList list, std::string_view code) {
  const Code* c = find_code(list, code);
  return c ? c->description : std::string_view{};
}

int position(CodeList list, std::string_view code) {
  auto all = info(list).codes;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i].code == code) return static_cast<int>(i);
  return -1;
}

std::string expected_codes(CodeList list) {
  std::string out;
  for (const Code& c : info(list).codes) {
    if (!out.empty()) out += ", ";
    out += c.code;
  }
  return out;
}

std::span<const CodeGroup> referral_source_groups() { return kReferralSourceGroups; }

std::string_view referral_source_group(std::string_view code) {
  const Code* c = find_code(CodeList::ReferralSource, code);
  return c ? c->group : std::string_view{};
}

std::span<const CodeGroup> ethnic_groups() { return kEthnicGroups; }

std::string_view ethnic_group(std::string_view ethnicity_code) {
  const Code* c = find_code(CodeList::Ethnicity, ethnicity_code);
  return c ? c->group : std::string_view{"not_known"};
}

}  // namespace lens::cin
