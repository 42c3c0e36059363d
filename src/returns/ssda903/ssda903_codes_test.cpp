#include "returns/ssda903/ssda903_codes.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lens::ssda903 {
namespace {

constexpr CodeList kAll[] = {
    CodeList::Sex,                 CodeList::Ethnicity,          CodeList::Mother,
    CodeList::ReasonNewEpisode,    CodeList::LegalStatus,        CodeList::CategoryOfNeed,
    CodeList::PlacementType,       CodeList::PlacementProvider,  CodeList::ReasonEpisodeCeased,
    CodeList::ReasonPlaceChange,   CodeList::ReviewParticipation, CodeList::MissingType,
    CodeList::YesNo,               CodeList::SdqReason,          CodeList::InTouch,
    CodeList::Activity,            CodeList::Accommodation,      CodeList::AdopterSex,
    CodeList::AdopterLegalStatus,  CodeList::PlacedCeasedReason, CodeList::PreviousPermanence,
    CodeList::SocialWorkerReason,
};

// Codes counted by hand in SSDA903_schema_2024.yml: LS 13, RNE 6, CIN 8, PLACE 27 (A3–A6, H5,
// K1, K2, P1–P3, R1–R3, R5, S1, T0–T4, U1–U6, Z1), PLACE_PROVIDER 6, REC 22, plus E43 and E44
// from the 2017–2018 files = 24, REASON_PLACE_CHANGE 12, REVIEW_CODE 8, ACTIV 12 plus F3 and P3
// from 2017–2021 = 14, ACCOM 33 (16 letters × suitable/unsuitable + 0), SW_REASON 10.
TEST(Ssda903Codes, ListsHaveTheSpecificationsCodes) {
  EXPECT_EQ(codes(CodeList::LegalStatus).size(), 13u);
  EXPECT_EQ(codes(CodeList::ReasonNewEpisode).size(), 6u);
  EXPECT_EQ(codes(CodeList::CategoryOfNeed).size(), 8u);
  EXPECT_EQ(codes(CodeList::PlacementType).size(), 27u);
  EXPECT_EQ(codes(CodeList::PlacementProvider).size(), 6u);
  EXPECT_EQ(codes(CodeList::ReasonEpisodeCeased).size(), 24u);
  EXPECT_EQ(codes(CodeList::ReasonPlaceChange).size(), 12u);
  EXPECT_EQ(codes(CodeList::ReviewParticipation).size(), 8u);
  EXPECT_EQ(codes(CodeList::Ethnicity).size(), 20u);
  EXPECT_EQ(codes(CodeList::Activity).size(), 14u);
  EXPECT_EQ(codes(CodeList::Accommodation).size(), 33u);
  EXPECT_EQ(codes(CodeList::SocialWorkerReason).size(), 10u);
}

TEST(Ssda903Codes, CodesAreUniqueDescribedAndGroupedWhereTheListHasGroups) {
  for (auto list : kAll) {
    std::set<std::string_view> seen, group_ids;
    for (const auto& g : groups(list)) group_ids.insert(g.code);
    for (const auto& c : codes(list)) {
      EXPECT_TRUE(seen.insert(c.code).second) << c.code << " twice in " << list_noun(list);
      EXPECT_FALSE(c.description.empty()) << c.code;
      if (!group_ids.empty()) {
        EXPECT_TRUE(group_ids.count(c.group)) << c.code << " has no group";
      }
    }
    EXPECT_FALSE(list_noun(list).empty());
  }
}

TEST(Ssda903Codes, CodesAreCheckedAgainstTheirCollectionYear) {
  // E45 replaced E43 in the 2019 specification.
  EXPECT_TRUE(is_valid_code(CodeList::ReasonEpisodeCeased, "E43", 2018));
  EXPECT_FALSE(is_valid_code(CodeList::ReasonEpisodeCeased, "E43", 2019));
  EXPECT_FALSE(is_valid_code(CodeList::ReasonEpisodeCeased, "E45", 2018));
  EXPECT_TRUE(is_valid_code(CodeList::ReasonEpisodeCeased, "E45", 2019));
  EXPECT_TRUE(is_valid_code(CodeList::ReasonEpisodeCeased, "E43"));  // any year
  // Before 2017 the 2017 list applies, after 2025 the 2025 one.
  EXPECT_TRUE(is_valid_code(CodeList::ReasonEpisodeCeased, "E44", 2015));
  EXPECT_TRUE(is_valid_code(CodeList::Activity, "F5", 2026));
  EXPECT_FALSE(is_valid_code(CodeList::Activity, "F3", 2026));
  EXPECT_FALSE(is_valid_code(CodeList::ReasonPlaceChange, "CUSTOD", 2018));
  EXPECT_EQ(expected_codes(CodeList::ReasonNewEpisode), "S, L, P, T, B, U");
  EXPECT_EQ(expected_codes(CodeList::Activity, 2021),
            "F1, P1, F2, P2, F3, P3, G4, G5, G6, 0");
}

TEST(Ssda903Codes, SexIsOneOrTwoUntil2024ThenMFU) {
  EXPECT_TRUE(is_valid_code(CodeList::Sex, "1", 2024));
  EXPECT_FALSE(is_valid_code(CodeList::Sex, "M", 2024));
  EXPECT_TRUE(is_valid_code(CodeList::Sex, "M", 2025));
  EXPECT_TRUE(is_valid_code(CodeList::Sex, "U", 2026));  // later years: the 2025 list
  EXPECT_FALSE(is_valid_code(CodeList::Sex, "2", 2025));
  EXPECT_EQ(expected_codes(CodeList::Sex, 2025), "M, F, U");
  EXPECT_EQ(census_gender("F"), "2");
  EXPECT_EQ(census_gender("U"), "0");
  EXPECT_EQ(census_gender("1"), "1");
}

TEST(Ssda903Codes, LooksUpCodesExactly) {
  EXPECT_TRUE(is_valid_code(CodeList::LegalStatus, "V2"));
  EXPECT_FALSE(is_valid_code(CodeList::LegalStatus, "v2"));
  EXPECT_FALSE(is_valid_code(CodeList::LegalStatus, "V2 "));
  EXPECT_FALSE(is_valid_code(CodeList::LegalStatus, ""));
  EXPECT_EQ(describe(CodeList::LegalStatus, "L1"),
            "Under police protection and in local authority accommodation");
  EXPECT_EQ(describe(CodeList::PlacementType, "Q9"), "");
  EXPECT_EQ(position(CodeList::ReviewParticipation, "PN0"), 0);
  EXPECT_EQ(position(CodeList::ReviewParticipation, "PN7"), 7);
  EXPECT_EQ(position(CodeList::PlacementType, "nope"), -1);
}

TEST(Ssda903Codes, GroupsSayWhatMeasuresNeed) {
  // Short breaks are excluded from every looked-after measure (spec/indicators.md).
  EXPECT_EQ(group_of(CodeList::LegalStatus, "V3"), "short_breaks");
  EXPECT_EQ(group_of(CodeList::LegalStatus, "V4"), "short_breaks");
  EXPECT_EQ(group_of(CodeList::LegalStatus, "V2"), "voluntary");
  EXPECT_EQ(group_of(CodeList::PlacementType, "A5"), "adoption");
  EXPECT_EQ(group_of(CodeList::PlacementType, "U6"), "foster");
  EXPECT_EQ(group_of(CodeList::Activity, "F4"), "eet");
  EXPECT_EQ(group_of(CodeList::Activity, "G6"), "neet");
  EXPECT_EQ(group_of(CodeList::Accommodation, "U1"), "suitable");
  EXPECT_EQ(group_of(CodeList::Accommodation, "U2"), "unsuitable");
  EXPECT_EQ(describe(CodeList::Accommodation, "Z2"), "With former foster carer(s) – not suitable");
  EXPECT_EQ(group_of(CodeList::Ethnicity, "NOBT"), "not_known");
  EXPECT_EQ(group_of(CodeList::ReasonNewEpisode, "S"), "");
}

}  // namespace
}  // namespace lens::ssda903
