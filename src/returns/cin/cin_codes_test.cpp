#include "returns/cin/cin_codes.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lens::cin {
namespace {

// Counts of enumeration values in CIN_schema_2024.xsd, counted by hand: gendertype 4,
// ethnicitytype 20, disabilitytype 13, unknownupntype 7, referralsourcetype 22 (1A–1D, 2A, 2B,
// 3A–3F, 4, 5A–5D, 6, 7, 8, 9, 10), primaryneedcodetype 10, reasonforclosuretype 9,
// categoryofabuse 5, assessmentfactorstype 42 (1A–7A: 19, 8B–8F: 5, 9A–17A: 9, 18B, 18C, 19B, 19C,
// 20, 21, 22A, 23A, 24A: 9), plus 18A and 19A from the 2017–2020 schemas = 44.
TEST(CinCodes, ListsHaveTheSchemaCodes) {
  EXPECT_EQ(codes(CodeList::Gender).size(), 4u);
  EXPECT_EQ(codes(CodeList::Ethnicity).size(), 20u);
  EXPECT_EQ(codes(CodeList::Disability).size(), 13u);
  EXPECT_EQ(codes(CodeList::UpnUnknown).size(), 7u);
  EXPECT_EQ(codes(CodeList::ReferralSource).size(), 22u);
  EXPECT_EQ(codes(CodeList::PrimaryNeed).size(), 10u);
  EXPECT_EQ(codes(CodeList::ReasonForClosure).size(), 9u);
  EXPECT_EQ(codes(CodeList::CategoryOfAbuse).size(), 5u);
  EXPECT_EQ(codes(CodeList::AssessmentFactor).size(), 44u);
}

TEST(CinCodes, CodesAreUniqueAndDescribed) {
  for (auto list : {CodeList::Gender, CodeList::Ethnicity, CodeList::Disability, CodeList::UpnUnknown,
                    CodeList::ReferralSource, CodeList::PrimaryNeed, CodeList::ReasonForClosure,
                    CodeList::CategoryOfAbuse, CodeList::AssessmentFactor}) {
    std::set<std::string_view> seen;
    for (const auto& c : codes(list)) {
      EXPECT_TRUE(seen.insert(c.code).second) << c.code << " twice in " << list_noun(list);
      EXPECT_FALSE(c.description.empty()) << c.code;
    }
    EXPECT_FALSE(list_noun(list).empty());
  }
}

TEST(CinCodes, LooksUpCodes) {
  EXPECT_TRUE(is_valid_code(CodeList::ReferralSource, "1A"));
  EXPECT_TRUE(is_valid_code(CodeList::ReferralSource, "10"));
  EXPECT_FALSE(is_valid_code(CodeList::ReferralSource, "1a"));  // case matters, as in the schema
  EXPECT_FALSE(is_valid_code(CodeList::ReferralSource, "XYZ"));
  EXPECT_FALSE(is_valid_code(CodeList::ReferralSource, ""));
  EXPECT_EQ(describe(CodeList::PrimaryNeed, "N4"), "Family in acute stress");
  EXPECT_EQ(describe(CodeList::ReasonForClosure, "RC8"), "Case closed after assessment, no further action");
  EXPECT_EQ(describe(CodeList::CategoryOfAbuse, "NEG"), "Neglect");
  EXPECT_EQ(describe(CodeList::Gender, "3"), "");
  // 18A was in the 2017–2020 schemas only; old returns still read.
  const Code* old = find_code(CodeList::AssessmentFactor, "18A");
  ASSERT_NE(old, nullptr);
  EXPECT_EQ(old->last_year, 2020);
  EXPECT_EQ(find_code(CodeList::ReasonForClosure, "RC9")->first_year, 2023);
}

TEST(CinCodes, PositionIsSchemaOrder) {
  // primaryneedcodetype lists N1..N9 then N0 ("not stated" last).
  EXPECT_EQ(position(CodeList::PrimaryNeed, "N1"), 0);
  EXPECT_EQ(position(CodeList::PrimaryNeed, "N9"), 8);
  EXPECT_EQ(position(CodeList::PrimaryNeed, "N0"), 9);
  EXPECT_EQ(position(CodeList::PrimaryNeed, "N10"), -1);
  // 5D sits with the other LA services sources, before police (6): 1A-1D, 2A, 2B, 3A-3F, 4,
  // 5A-5D puts 5D at index 4 + 2 + 6 + 1 + 3 = 16.
  EXPECT_EQ(position(CodeList::ReferralSource, "5D"), 16);
  EXPECT_EQ(position(CodeList::ReferralSource, "6"), 17);
}

TEST(CinCodes, ExpectedCodesForMessages) {
  EXPECT_EQ(expected_codes(CodeList::CategoryOfAbuse), "NEG, PHY, SAB, EMO, MUL");
  EXPECT_EQ(expected_codes(CodeList::Gender), "1, 2, 0, 9");
}

TEST(CinCodes, ReferralSourceGroups) {
  // spec/indicators.md `referrals_by_source` lists eleven groups in this order.
  auto groups = referral_source_groups();
  ASSERT_EQ(groups.size(), 11u);
  EXPECT_EQ(groups.front().code, "individual");
  EXPECT_EQ(groups.back().code, "unknown");
  EXPECT_EQ(referral_source_group("1C"), "individual");
  EXPECT_EQ(referral_source_group("2A"), "schools");
  EXPECT_EQ(referral_source_group("2B"), "education");
  EXPECT_EQ(referral_source_group("3E"), "health");
  EXPECT_EQ(referral_source_group("4"), "housing");
  EXPECT_EQ(referral_source_group("5D"), "la_services");
  EXPECT_EQ(referral_source_group("6"), "police");
  EXPECT_EQ(referral_source_group("7"), "other_legal");
  EXPECT_EQ(referral_source_group("8"), "other");
  EXPECT_EQ(referral_source_group("9"), "anonymous");
  EXPECT_EQ(referral_source_group("10"), "unknown");
  EXPECT_EQ(referral_source_group("11"), "");
  // Every source belongs to a listed group.
  for (const auto& c : codes(CodeList::ReferralSource)) {
    bool listed = false;
    for (const auto& g : groups) listed = listed || g.code == c.group;
    EXPECT_TRUE(listed) << c.code;
  }
}

TEST(CinCodes, EthnicGroups) {
  // spec/indicators.md: W… white, M… mixed, A… asian, B… black, C…/O… other, REFU/NOBT/missing
  // not known.
  EXPECT_EQ(ethnic_group("WROM"), "white");
  EXPECT_EQ(ethnic_group("MWAS"), "mixed");
  EXPECT_EQ(ethnic_group("ABAN"), "asian");
  EXPECT_EQ(ethnic_group("BAFR"), "black");
  EXPECT_EQ(ethnic_group("CHNE"), "other");
  EXPECT_EQ(ethnic_group("OOTH"), "other");
  EXPECT_EQ(ethnic_group("REFU"), "not_known");
  EXPECT_EQ(ethnic_group(""), "not_known");
  EXPECT_EQ(ethnic_groups().size(), 6u);
}

}  // namespace
}  // namespace lens::cin
