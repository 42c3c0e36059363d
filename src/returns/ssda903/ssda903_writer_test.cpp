// The 903 writer: what it writes reads back to the same values, in both layouts.
#include "returns/ssda903/ssda903_writer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "returns/ssda903/ssda903_reader.hpp"
#include "support/sample_looked_after.hpp"

namespace lens::ssda903 {
namespace {

using testing::sample_looked_after_return;

std::vector<InputFile> as_inputs(const std::vector<CsvTableFile>& tables, const std::string& folder) {
  std::vector<InputFile> files;
  for (const auto& t : tables) files.push_back({folder + "/" + t.file_name, t.text});
  return files;
}

std::string problems_of(const Ssda903Read& read) {
  std::string out;
  for (const auto& p : read.problems) out += to_string(p) + "\n";
  return out;
}

TEST(Ssda903Writer, WritesTheDfeLayoutThatReadsBackToTheSameReturn) {
  LookedAfterReturn r = sample_looked_after_return("301", 2017, 3);
  auto tables = write_ssda903_tables(r);
  ASSERT_EQ(tables.size(), 10u);  // no SocialWorker table before 2023-24
  EXPECT_EQ(tables[0].file_name, "header.csv");
  EXPECT_EQ(tables[0].text.substr(0, tables[0].text.find('\r')), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
  // The first child's first episode, as the specification lays it out: dates DD/MM/YYYY.
  EXPECT_NE(tables[1].text.find("C1000,10/04/2016,S,L1,N1,U6,PR1,12/04/2016,X1,CARPL,E8 1AA,RM10 7BB,\r\n"),
            std::string::npos)
      << tables[1].text;
  // Without LA or YEAR columns the files do not say whose or when: the reader is told.
  auto read = read_ssda903_files(as_inputs(tables, "out"), {"301", 2017});
  ASSERT_FALSE(has_errors(read.problems)) << problems_of(read);
  ASSERT_EQ(read.returns.size(), 1u);
  EXPECT_EQ(read.returns[0].ret.la, "301");
  EXPECT_EQ(read.returns[0].ret.collection_year, 2017);
  ASSERT_EQ(read.returns[0].ret.children.size(), r.children.size());
  for (std::size_t i = 0; i < r.children.size(); ++i)
    EXPECT_EQ(read.returns[0].ret.children[i], r.children[i]) << r.children[i].la_child_id;
  EXPECT_EQ(read.returns[0].sha256, ssda903_sha256(r));
}

TEST(Ssda903Writer, TheLiiaLayoutSaysItsAuthorityAndYearAndHasSocialWorkersFrom2024) {
  LookedAfterReturn r = sample_looked_after_return("316", 2024, 2);
  auto tables = write_ssda903_tables(r, {.la_and_year = true});
  ASSERT_EQ(tables.size(), 11u);
  EXPECT_EQ(tables[10].file_name, "social_worker.csv");
  auto read = read_ssda903_files(as_inputs(tables, "out"));  // told nothing
  ASSERT_FALSE(has_errors(read.problems)) << problems_of(read);
  EXPECT_TRUE(read.problems.empty()) << problems_of(read);
  ASSERT_EQ(read.returns.size(), 1u);
  EXPECT_EQ(read.returns[0].ret.la, "316");
  EXPECT_EQ(read.returns[0].ret.collection_year, 2024);
  ASSERT_EQ(read.returns[0].ret.children.size(), 2u);
  EXPECT_EQ(read.returns[0].ret.children[0], r.children[0]);
  EXPECT_EQ(read.returns[0].ret.children[0].social_workers.size(), 2u);
  EXPECT_EQ(read.returns[0].ret.children[1], r.children[1]);
}

TEST(Ssda903Writer, TheSameReturnHasTheSameHashWhateverItsLayout) {
  LookedAfterReturn r = sample_looked_after_return("301", 2018, 2);
  LookedAfterReturn changed = r;
  changed.children[0].episodes[0].placement = "U4";
  EXPECT_EQ(ssda903_sha256(r), ssda903_sha256(r));
  EXPECT_NE(ssda903_sha256(r), ssda903_sha256(changed));
  LookedAfterReturn other_year = r;
  other_year.collection_year = 2019;
  EXPECT_NE(ssda903_sha256(r), ssda903_sha256(other_year));
}

TEST(Ssda903Writer, WritesAFolderOfFiles) {
  auto dir = std::filesystem::temp_directory_path() / ("lens-903-writer-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  LookedAfterReturn r = sample_looked_after_return("301", 2017, 1);
  write_ssda903(r, (dir / "2016-17").string());
  // The folder's name says the year; the LA is given.
  auto read = read_ssda903({dir.string()}, {.la = "301"});
  ASSERT_FALSE(has_errors(read.problems)) << problems_of(read);
  ASSERT_EQ(read.returns.size(), 1u);
  EXPECT_EQ(read.returns[0].ret.collection_year, 2017);
  EXPECT_EQ(read.returns[0].ret.children[0], r.children[0]);
  EXPECT_EQ(read.returns[0].files.size(), 10u);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace lens::ssda903
