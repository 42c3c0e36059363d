#include "measures/published_import.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "measures/data_files.hpp"

namespace lens::measures {
namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / ("lens-import-" + name);
  std::ofstream(path) << text;
  return path.string();
}

const ComparatorRow* find(const ImportSummary& s, const std::string& id, const std::string& year,
                          const std::string& area) {
  for (const auto& r : s.rows)
    if (r.indicator_id == id && r.year == year && r.area_code == area) return &r;
  return nullptr;
}

TEST(PublishedImport, ReadsLaitLongFormat) {
  // LAIT year 2017 is the year ending 31 March 2017; 970 is England; "-" is missing; the
  // financial-year label row and an unrelated measure are skipped; a quoted field holds a comma
  // and a line break, as LAIT's descriptions do.
  std::string lait = write_temp("lait.csv",
      "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region,bds_version\n"
      "CP_conf_15days,\"Percentage, of conferences\nwithin 15 days\",2017,Barking and Dagenham,93.600000000000009,301,Outer London,x\n"
      "CP_conf_15days,,2017,England,77.3,970,,x\n"
      "CP_conf_15days,,2018,Barking and Dagenham,-,301,Outer London,x\n"
      "CP_conf_15days,,2016-17 (OT),Barking and Dagenham,12,301,Outer London,x\n"
      "LAC_KS4_AVG_Attain8,,2017,Barking and Dagenham,20.5,301,Outer London,x\n");
  ImportSummary s = import_published({lait});
  ASSERT_EQ(s.rows.size(), 2u);
  const ComparatorRow* bd = find(s, "icpc_within_15wd_pct", "2016-17", "301");
  ASSERT_NE(bd, nullptr);
  EXPECT_DOUBLE_EQ(bd->value, 93.6);
  EXPECT_EQ(bd->source, "DfE LAIT CP_conf_15days");
  ASSERT_NE(find(s, "icpc_within_15wd_pct", "2016-17", "E92000001"), nullptr);
}

TEST(PublishedImport, ReadsLookedAfterMeasuresFromLait) {
  std::string lait = write_temp("lait-cla.csv",
      "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region,bds_version\n"
      "LACnum,,2017,Barking and Dagenham,400,301,Outer London,x\n"
      "LAC,,2017,Barking and Dagenham,66,301,Outer London,x\n"
      "LAC_LongStable%,,2018,England,70,970,,x\n"
      "Unacc_Asylmn_Seek_Childn,,2017,Barking and Dagenham,c,301,Outer London,x\n");
  ImportSummary s = import_published({lait});
  ASSERT_EQ(s.rows.size(), 3u);  // the suppressed UASC figure is left out
  EXPECT_DOUBLE_EQ(find(s, "lac_at_end", "2016-17", "301")->value, 400);
  EXPECT_DOUBLE_EQ(find(s, "lac_at_end_rate", "2016-17", "301")->value, 66);
  EXPECT_DOUBLE_EQ(find(s, "lac_long_term_stability_pct", "2017-18", "E92000001")->value, 70);
}

TEST(PublishedImport, ReadsTheLongTablesOfTheLookedAfterPublication) {
  // Placement stability 2025: one row per group and measure; only the two Lens measures are
  // taken, each from its own group. The file's name has no year range: the current release,
  // which wins over LAIT's figure for the same year and area.
  const std::string geo = "2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,301,"
                          "Barking and Dagenham,E09000002,";
  std::string stability = write_temp("la_cla_placement_stability.csv",
      "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,"
      "la_name,new_la_code,cla_group,placement_stability,children_count,children_percent\n" +
      geo + "CLA on 31 March,With 3 or more placements during the year,40,10\n" +
      geo + "CLA on 31 March,Total children,400,100\n" +
      geo + "CLA 2 years on 31 March,With 3 or more placements during the previous 2 years,30,12\n" +
      geo + "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years,"
            "Living with the same carer for at least 2 years,60,71\n");
  std::string lait = write_temp("lait-stable.csv",
      "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region,bds_version\n"
      "LACStable_2016on,,2025,Barking and Dagenham,11,301,Outer London,x\n");
  ImportSummary s = import_published({lait, stability});
  ASSERT_EQ(s.rows.size(), 2u);
  const ComparatorRow* three = find(s, "lac_3plus_placements_pct", "2024-25", "301");
  ASSERT_NE(three, nullptr);
  EXPECT_DOUBLE_EQ(three->value, 10);
  EXPECT_NE(three->source.find("la_cla_placement_stability.csv"), std::string::npos) << three->source;
  EXPECT_DOUBLE_EQ(find(s, "lac_long_term_stability_pct", "2024-25", "301")->value, 71);
}

TEST(PublishedImport, ReadsEesTablesAndComputesTheConferenceShare) {
  // C4 for Barking and Dagenham 2017: (108 + 273) / 407 = 93.61% -> 93.6. A suppressed "c"
  // value is left out.
  std::string c4 = write_temp("c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv",
      "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,"
      "new_la_code,la_name,category,Section47,Section47_child,ICPC,ICPC_child,Duration_0-10_days,"
      "Duration_11-15_days,Duration_16-20_days,Duration_21+_days\n"
      "2017,Reporting year,Local authority,E92000001,England,E13000002,Outer London,301,E09000002,"
      "Barking and Dagenham,S47,1136,1063,407,401,108,273,11,15\n"
      "2017,Reporting year,National,E92000001,England,,,,,,S47,c,1,10,9,5,3,1,1\n");
  ImportSummary s = import_published({c4});
  const ComparatorRow* share = find(s, "icpc_within_15wd_pct", "2016-17", "301");
  ASSERT_NE(share, nullptr);
  EXPECT_DOUBLE_EQ(share->value, 93.6);
  EXPECT_DOUBLE_EQ(find(s, "s47", "2016-17", "301")->value, 1136);
  EXPECT_EQ(find(s, "s47", "2016-17", "E92000001"), nullptr);  // suppressed
  EXPECT_DOUBLE_EQ(find(s, "icpc_within_15wd_pct", "2016-17", "E92000001")->value, 80.0);  // (5 + 3) / 10
}

TEST(PublishedImport, TheDfEsOwnTableWinsOverLait) {
  std::string lait = write_temp("lait2.csv",
      "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region,bds_version\n"
      "ReReferral,,2017,Barking and Dagenham,13.8,301,Outer London,x\n");
  std::string c1 = write_temp("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
      "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,"
      "new_la_code,la_name,category,referral_count,rereferral_count,rereferral_percent\n"
      "2017,Reporting year,Local authority,E92000001,England,E13000002,Outer London,301,E09000002,"
      "Barking and Dagenham,R,3123,428,13.7\n");
  for (auto files : {std::vector<std::string>{lait, c1}, std::vector<std::string>{c1, lait}}) {
    ImportSummary s = import_published(files);
    EXPECT_DOUBLE_EQ(find(s, "re_referrals_12m_pct", "2016-17", "301")->value, 13.7);
  }
}

TEST(PublishedImport, AnUnknownFormatIsAnError) {
  std::string other = write_temp("other.csv", "a,b,c\n1,2,3\n");
  try {
    import_published({other});
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("other.csv"), std::string::npos);
  }
}

TEST(PublishedImport, WritesCsvThatLoadsBack) {
  std::string lait = write_temp("lait3.csv",
      "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region,bds_version\n"
      "ReReferral,,2017,\"Bristol, City of\",23.1,801,South West,x\n");
  ImportSummary s = import_published({lait});
  std::string out = (std::filesystem::temp_directory_path() / "lens-import-out.csv").string();
  {
    std::ofstream f(out);
    write_comparator_csv(s, {lait}, f);
  }
  ComparatorTable t;
  t.load_file(out);
  ASSERT_NE(t.find("re_referrals_12m_pct", "2016-17", "801"), nullptr);
  EXPECT_EQ(t.find("re_referrals_12m_pct", "2016-17", "801")->area_name, "Bristol, City of");
}

}  // namespace
}  // namespace lens::measures
