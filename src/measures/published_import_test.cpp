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
      "LACnum,,2017,Barking and Dagenham,400,301,Outer London,x\n");
  ImportSummary s = import_published({lait});
  ASSERT_EQ(s.rows.size(), 2u);
  const ComparatorRow* bd = find(s, "icpc_within_15wd_pct", "2016-17", "301");
  ASSERT_NE(bd, nullptr);
  EXPECT_DOUBLE_EQ(bd->value, 93.6);
  EXPECT_EQ(bd->source, "DfE LAIT CP_conf_15days");
  ASSERT_NE(find(s, "icpc_within_15wd_pct", "2016-17", "E92000001"), nullptr);
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
