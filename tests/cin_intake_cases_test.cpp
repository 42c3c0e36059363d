// Data-driven cases for reading CIN census files: each folder under tests/cases/cin_intake/
// holds an input, `expected.txt` (the problem lines exactly as `lens validate` prints them, file
// names without folders; empty for a clean file) and a one-line README saying what the case is
// about. The input is `census.xml`, or `random.txt` ("seed N" and "bytes N" lines) for random
// bytes, which the test writes to input.bin in a temporary folder. Adding a case needs no C++.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "returns/cin/census_reader.hpp"

namespace lens::cin {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Writes the random input a case asks for and returns its path.
fs::path random_input(const fs::path& spec, const std::string& case_name) {
  std::istringstream in(slurp(spec));
  std::string key;
  unsigned long seed = 0, bytes = 0;
  while (in >> key) {
    if (key == "seed") in >> seed;
    else if (key == "bytes") in >> bytes;
  }
  std::mt19937 gen(static_cast<std::mt19937::result_type>(seed));
  std::string data(bytes, '\0');
  // Raw engine output, not a distribution: the engine's sequence is fixed by the standard.
  for (auto& b : data) b = static_cast<char>(gen() & 0xff);
  fs::path dir = fs::temp_directory_path() / ("lens_cin_intake_" + case_name + "_" + std::to_string(getpid()));
  fs::create_directories(dir);
  fs::path out = dir / "input.bin";
  std::ofstream(out, std::ios::binary) << data;
  return out;
}

std::vector<fs::path> cases() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(LENS_SOURCE_DIR) / "tests/cases/cin_intake"))
    if (e.is_directory()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(CinIntakeCases, TheNeededCasesExist) {
  // The cases the intake must cover; a folder lost in a merge fails here, not silently.
  for (const char* needed : {"clean_small", "truncated", "impossible_date", "unknown_codes", "missing_required",
                             "random_bytes", "empty_file", "duplicate_child_id"})
    EXPECT_TRUE(fs::is_directory(fs::path(LENS_SOURCE_DIR) / "tests/cases/cin_intake" / needed)) << needed;
}

class CinIntakeCase : public testing::TestWithParam<fs::path> {};

TEST_P(CinIntakeCase, ReadsAsExpected) {
  const fs::path& dir = GetParam();
  std::string name = dir.filename().string();
  EXPECT_TRUE(fs::exists(dir / "README")) << "each case says what it is about in a README";
  ASSERT_TRUE(fs::exists(dir / "expected.txt"));
  fs::path input = fs::exists(dir / "random.txt") ? random_input(dir / "random.txt", name) : dir / "census.xml";
  ASSERT_TRUE(fs::exists(input)) << "a case needs census.xml or random.txt";
  CensusFile f = read_census_file(input.string());
  if (input.filename() == "input.bin") fs::remove_all(input.parent_path());
  std::string got;
  for (Problem p : f.problems) {
    p.file = input.filename().string();
    got += to_string(p) + "\n";
  }
  EXPECT_EQ(got, slurp(dir / "expected.txt"));
  // A file is unreadable exactly when its one problem says so; then nothing else is returned.
  if (f.unreadable) {
    EXPECT_EQ(f.problems.size(), 1u);
    EXPECT_TRUE(f.census.children.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, CinIntakeCase, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<fs::path>& info) { return info.param.filename().string(); });

}  // namespace
}  // namespace lens::cin
