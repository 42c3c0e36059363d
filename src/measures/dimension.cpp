#include "measures/dimension.hpp"

#include <array>
#include <vector>

#include "returns/ssda903/ssda903_codes.hpp"

namespace lens::measures {
namespace {

constexpr Category kAgeBands[] = {
    {"unborn", "Unborn"}, {"under_1", "Under 1"}, {"1_4", "1 to 4"},        {"5_9", "5 to 9"},
    {"10_15", "10 to 15"}, {"16_plus", "16 and over"}, {"not_known", "Not known"},
};

// CIN census gendertype, in schema order.
constexpr Category kGenders[] = {
    {"1", "Male"}, {"2", "Female"}, {"0", "Not recorded or unborn"}, {"9", "Indeterminate"},
};

// DfE major ethnic groups from the 4-letter codes (spec/indicators.md, "Ethnic groups").
constexpr Category kEthnicGroups[] = {
    {"white", "White"}, {"mixed", "Mixed"}, {"asian", "Asian or Asian British"},
    {"black", "Black or Black British"}, {"other", "Other ethnic group"}, {"not_known", "Not known"},
};

constexpr Category kCategories[] = {
    {"NEG", "Neglect"},          {"PHY", "Physical abuse"},
    {"SAB", "Sexual abuse"},     {"EMO", "Emotional abuse"},
    {"MUL", "Multiple"},         {"not_recorded", "Not recorded"},
};

// CIN census referralsourcetype (2024 schema order; 5D arrived in 2018).
constexpr Category kSources[] = {
    {"1A", "Individual: family member, relative or carer"},
    {"1B", "Individual: acquaintance"},
    {"1C", "Individual: self"},
    {"1D", "Individual: other"},
    {"2A", "Schools"},
    {"2B", "Education services"},
    {"3A", "Health: GP"},
    {"3B", "Health: health visitor"},
    {"3C", "Health: school nurse"},
    {"3D", "Health: other primary health services"},
    {"3E", "Health: A&E"},
    {"3F", "Health: other"},
    {"4", "Housing"},
    {"5A", "LA services: social care"},
    {"5B", "LA services: other internal"},
    {"5C", "LA services: external"},
    {"5D", "LA services: early help"},
    {"6", "Police"},
    {"7", "Other legal agency"},
    {"8", "Other"},
    {"9", "Anonymous"},
    {"10", "Unknown"},
    {"not_recorded", "Not recorded"},
};

// The groups of spec/indicators.md `referrals_by_source`, in its order.
constexpr Category kSourceGroups[] = {
    {"individual", "Individual"}, {"schools", "Schools"},      {"education", "Education services"},
    {"health", "Health services"}, {"housing", "Housing"},     {"la_services", "LA services"},
    {"police", "Police"},          {"other_legal", "Other legal agency"}, {"other", "Other"},
    {"anonymous", "Anonymous"},    {"unknown", "Unknown"},     {"not_recorded", "Not recorded"},
};
// Group of each entry of kSources, by position.
constexpr std::uint8_t kGroupOfSource[] = {0, 0, 0, 0, 1, 2, 3, 3, 3, 3, 3, 3,
                                           4, 5, 5, 5, 5, 6, 7, 8, 9, 10, 11};
static_assert(std::size(kGroupOfSource) == std::size(kSources));

// CIN census primaryneedcodetype, in schema order (N0 "not stated" comes last there).
constexpr Category kNeeds[] = {
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
    {"not_recorded", "Not recorded"},
};

// Assessment factors: the union of the 2017-2024 schemas, in schema order (18A/19A were split
// into 18B/18C and 19B/19C in 2021; 24A arrived in 2022).
constexpr Category kFactors[] = {
    {"1A", "Alcohol misuse: child"},
    {"1B", "Alcohol misuse: parent or carer"},
    {"1C", "Alcohol misuse: other person in household"},
    {"2A", "Drug misuse: child"},
    {"2B", "Drug misuse: parent or carer"},
    {"2C", "Drug misuse: other person in household"},
    {"3A", "Domestic abuse: child"},
    {"3B", "Domestic abuse: parent or carer"},
    {"3C", "Domestic abuse: other person in household"},
    {"4A", "Mental health: child"},
    {"4B", "Mental health: parent or carer"},
    {"4C", "Mental health: other person in household"},
    {"5A", "Learning disability: child"},
    {"5B", "Learning disability: parent or carer"},
    {"5C", "Learning disability: other person in household"},
    {"6A", "Physical disability or illness: child"},
    {"6B", "Physical disability or illness: parent or carer"},
    {"6C", "Physical disability or illness: other person in household"},
    {"7A", "Young carer"},
    {"8B", "Privately fostered: overseas, intend to return"},
    {"8C", "Privately fostered: overseas, intend to stay"},
    {"8D", "Privately fostered: UK, educational placement"},
    {"8E", "Privately fostered: UK, alternative family arrangement"},
    {"8F", "Privately fostered: other"},
    {"9A", "Unaccompanied asylum-seeking child"},
    {"10A", "Going or being missing"},
    {"11A", "Child sexual exploitation"},
    {"12A", "Trafficking"},
    {"13A", "Gangs"},
    {"14A", "Socially unacceptable behaviour"},
    {"15A", "Self-harm"},
    {"16A", "Neglect"},
    {"17A", "Emotional abuse"},
    {"18A", "Physical abuse (before 2021)"},
    {"18B", "Physical abuse: child on child"},
    {"18C", "Physical abuse: adult on child"},
    {"19A", "Sexual abuse (before 2021)"},
    {"19B", "Sexual abuse: child on child"},
    {"19C", "Sexual abuse: adult on child"},
    {"20", "Other"},
    {"21", "No factors identified"},
    {"22A", "Female genital mutilation"},
    {"23A", "Abuse linked to faith or belief"},
    {"24A", "Child criminal exploitation"},
    {"not_recorded", "Not a factor code"},
};

constexpr Category kReasons[] = {
    {"RC1", "Adopted"},
    {"RC2", "Died"},
    {"RC3", "Child arrangements order"},
    {"RC4", "Special guardianship order"},
    {"RC5", "Transferred to another local authority"},
    {"RC6", "Transferred to adult social care"},
    {"RC7", "Services ceased for any other reason"},
    {"RC8", "Closed after assessment, no further action"},
    {"RC9", "Closed after assessment, referred to early help"},
    {"not_recorded", "Not recorded"},
};

// The 903 code lists, in the return's code-list order (returns/ssda903/ssda903_codes.hpp), with
// "not_recorded" last. Legal status leaves out the short-break codes V3 and V4.
std::vector<Category> ssda903_categories(ssda903::CodeList list) {
  std::vector<Category> out;
  for (const auto& c : ssda903::codes(list))
    if (!(list == ssda903::CodeList::LegalStatus && (c.code == "V3" || c.code == "V4")))
      out.push_back({c.code, c.description});
  out.push_back({"not_recorded", "Not recorded"});
  return out;
}


constexpr Category kUascs[] = {
    {"uasc", "Unaccompanied asylum-seeking child"},
    {"not_uasc", "Not an unaccompanied asylum-seeking child"},
};

struct DimInfo {
  std::string_view name;
  std::string_view title;
  std::span<const Category> categories;
};

const std::array<DimInfo, kDimCount>& dims() {
  // Function-local, like the lists built from the 903 code lists, so usable during static
  // initialisation (indicator registrations) whatever the order files are initialised in.
  static const std::vector<Category> legal_statuses = ssda903_categories(ssda903::CodeList::LegalStatus);
  static const std::vector<Category> placement_types = ssda903_categories(ssda903::CodeList::PlacementType);
  static const std::vector<Category> reasons_ceased = ssda903_categories(ssda903::CodeList::ReasonEpisodeCeased);
  static const std::array<DimInfo, kDimCount> info = {{
      {"age_band", "Age band", kAgeBands},
      {"gender", "Gender", kGenders},
      {"ethnic_group", "Ethnic group", kEthnicGroups},
      {"category", "Category of abuse", kCategories},
      {"source", "Referral source", kSources},
      {"source_group", "Referral source group", kSourceGroups},
      {"primary_need", "Primary need", kNeeds},
      {"factor", "Factor identified at assessment", kFactors},
      {"closure_reason", "Reason for closure", kReasons},
      {"legal_status", "Legal status", legal_statuses},
      {"placement_type", "Placement type", placement_types},
      {"uasc", "Unaccompanied asylum-seeking child", kUascs},
      {"reason_ceased", "Reason the period of care ended", reasons_ceased},
  }};
  return info;
}

std::uint8_t find_code(std::span<const Category> list, std::string_view code, std::uint8_t otherwise) {
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].code == code) return static_cast<std::uint8_t>(i);
  return otherwise;
}

}  // namespace

std::string_view dim_name(Dim d) { return dims()[static_cast<int>(d)].name; }
std::string_view dim_title(Dim d) { return dims()[static_cast<int>(d)].title; }
std::span<const Category> categories(Dim d) { return dims()[static_cast<int>(d)].categories; }

std::optional<Dim> dim_from_name(std::string_view name) {
  for (int i = 0; i < kDimCount; ++i)
    if (dims()[i].name == name) return static_cast<Dim>(i);
  return std::nullopt;
}

std::uint8_t ethnic_group_of(std::string_view e) {
  if (e.size() != 4 || e == "REFU" || e == "NOBT") return 5;
  switch (e[0]) {
    case 'W': return 0;
    case 'M': return 1;
    case 'A': return 2;
    case 'B': return 3;
    case 'C':
    case 'O': return 4;
    default: return 5;
  }
}

std::uint8_t source_group_of(std::uint8_t source) {
  return source < std::size(kGroupOfSource) ? kGroupOfSource[source] : kGroupOfSource[std::size(kGroupOfSource) - 1];
}

std::uint8_t encode(Dim d, std::string_view code) {
  auto list = categories(d);
  auto last = static_cast<std::uint8_t>(list.size() - 1);
  switch (d) {
    case Dim::Gender: return find_code(list, code, 2);  // "0": not recorded
    case Dim::EthnicGroup: return ethnic_group_of(code);
    case Dim::SourceGroup: return source_group_of(encode(Dim::Source, code));
    case Dim::AgeBand: return kAgeNotKnown;  // computed from dates, never from a code
    case Dim::Uasc: return kNotUasc;         // computed from the UASC records, never from a code
    default: {
      // "not_recorded" is our own placeholder, not a census code: never match it from data.
      if (code == "not_recorded") return last;
      return find_code(list, code, last);
    }
  }
}

AgeBand age_band_for_years(int years) {
  if (years < 0) return kUnborn;
  if (years < 1) return kUnder1;
  if (years < 5) return k1to4;
  if (years < 10) return k5to9;
  if (years < 16) return k10to15;
  return k16plus;
}

}  // namespace lens::measures
