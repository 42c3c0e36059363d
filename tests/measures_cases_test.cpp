// Data-driven cases for the performance framework: each folder under tests/cases/measures/ holds
// `census.xml` (a hand-written CIN census, each child commented with why it is there),
// `expected.json` and a README line saying what the case is about. expected.json lists checks:
//   {"checks": [{"period": "2016-17", "indicators": {
//       "re_referrals_12m_pct": {"numerator": 2, "denominator": 8, "value": 25.0, "why": "..."},
//       "cpp_started": {"numerator": 1, "breakdown": {"category": {"NEG": 1}}, "why": "..."}}}]}
// `why` is the hand-worked reasoning. numerator, denominator (null for counts), value (as shown,
// one decimal place; null when unknown) and median are compared when given; a breakdown lists
// every category with a non-zero numerator (the others must be 0). Adding a case needs no C++.
//
// Looked-after cases live under tests/cases/measures_lac/: the same README and expected.json,
// with the SSDA903 tables written by hand as CSV files in the folder (header.csv, episodes.csv,
// reviews.csv, ...; last year's tables, when a case needs them, in a subfolder `last/`) and an
// `options` file saying what the tables do not (la=301, year=2017). The tables must read without
// errors; the snapshot is built from them as `lens measures FOLDER` builds it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <nlohmann/json.hpp>

#include "measures/census_sources.hpp"
#include "measures/engine.hpp"
#include "measures/scorecard.hpp"
#include "measures/ssda903_sources.hpp"
#include "returns/ssda903/ssda903_reader.hpp"

namespace lens::measures {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<fs::path> cases(const char* folder = "measures") {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(LENS_SOURCE_DIR) / "tests/cases" / folder))
    if (e.is_directory()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

bool looked_after_case(const fs::path& dir) { return dir.parent_path().filename() == "measures_lac"; }

// A looked-after case's `options`: key=value lines (la, year).
ssda903::ReadOptions read_options(const fs::path& dir) {
  ssda903::ReadOptions options;
  std::ifstream in(dir / "options");
  for (std::string line; std::getline(in, line);) {
    const auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    const std::string key = line.substr(0, eq), value = line.substr(eq + 1);
    if (key == "la") options.la = value;
    if (key == "year") options.collection_year = ssda903::parse_collection_year(value);
  }
  return options;
}

TEST(MeasuresCases, TheNeededLookedAfterCasesExist) {
  for (const char* needed : {"periods_and_placements", "stability_and_adoption", "reviews_and_missing",
                             "health_and_care_leavers"})
    EXPECT_TRUE(fs::is_directory(fs::path(LENS_SOURCE_DIR) / "tests/cases/measures_lac" / needed)) << needed;
}

TEST(MeasuresCases, TheNeededCasesExist) {
  for (const char* needed : {"working_days", "re_referrals", "episodes_and_plans", "unborn_and_missing_dates",
                             "reviews_and_children_in_need"})
    EXPECT_TRUE(fs::is_directory(fs::path(LENS_SOURCE_DIR) / "tests/cases/measures" / needed)) << needed;
}

void expect_value(const json& want, const std::optional<double>& got, Unit unit, const std::string& what) {
  if (want.is_null()) {
    EXPECT_FALSE(got) << what << ": expected no value";
  } else {
    ASSERT_TRUE(got) << what << ": expected " << want;
    EXPECT_NEAR(shown(unit, *got), want.get<double>(), 1e-9) << what;
  }
}

class MeasuresCase : public testing::TestWithParam<fs::path> {};

TEST_P(MeasuresCase, GivesTheHandWorkedFigures) {
  const fs::path& dir = GetParam();
  EXPECT_TRUE(fs::exists(dir / "README")) << "each case says what it is about in a README";
  ASSERT_TRUE(fs::exists(dir / "expected.json"));
  SnapshotBuilder builder;
  if (looked_after_case(dir)) {
    ASSERT_TRUE(fs::exists(dir / "episodes.csv") || fs::exists(dir / "header.csv"));
    ssda903::Ssda903Read read = ssda903::read_ssda903({dir.string()}, read_options(dir));
    for (const auto& p : read.problems)
      if (p.severity == Severity::Error) ADD_FAILURE() << "the case's tables must read without errors: " << to_string(p);
    ASSERT_FALSE(read.unreadable);
    std::vector<LookedAfterReturn> returns;
    for (auto& r : read.returns) returns.push_back(std::move(r.ret));
    add_looked_after_returns(std::move(returns), builder);
  } else {
    ASSERT_TRUE(fs::exists(dir / "census.xml"));
    CensusFiles files = read_census_files({(dir / "census.xml").string()});
    for (const auto& p : files.problems) ADD_FAILURE() << "the case's census must be clean: " << to_string(p);
    ASSERT_TRUE(files.unreadable.empty());
    add_censuses(std::move(files.censuses), builder);
  }
  const Snapshot snapshot = builder.finish();

  // A key given twice in one object would silently lose the first: refuse it.
  std::vector<std::set<std::string>> keys;
  std::string repeated;
  auto no_repeats = [&](int, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::object_start) keys.emplace_back();
    if (event == json::parse_event_t::object_end) keys.pop_back();
    if (event == json::parse_event_t::key && !keys.back().insert(parsed.get<std::string>()).second)
      repeated = parsed.get<std::string>();
    return true;
  };
  std::ifstream in(dir / "expected.json");
  const json expected = json::parse(in, no_repeats);
  ASSERT_TRUE(repeated.empty()) << "expected.json gives \"" << repeated << "\" twice in one object";
  ASSERT_TRUE(expected.contains("checks"));
  int checked = 0;
  for (const auto& check : expected["checks"]) {
    Request request;
    request.period = parse_period(check.at("period").get<std::string>());
    std::vector<std::string> ids;
    std::vector<Dim> dims;
    for (const auto& [id, want] : check.at("indicators").items()) {
      ids.push_back(id);
      if (want.contains("breakdown"))
        for (const auto& [dim, rows] : want["breakdown"].items()) {
          auto d = dim_from_name(dim);
          ASSERT_TRUE(d) << "unknown breakdown " << dim;
          if (std::find(dims.begin(), dims.end(), *d) == dims.end()) dims.push_back(*d);
        }
    }
    request.indicators = select_indicators(ids);
    request.by = dims;
    for (const Result& r : compute(snapshot, request)) {
      const std::string id(r.indicator->id);
      const json& want = check["indicators"][id];
      const std::string what = id + " in " + request.period.label;
      ASSERT_TRUE(want.contains("why")) << what << ": say how the figure was worked out";
      if (want.contains("numerator")) {
        EXPECT_EQ(r.figure.numerator, want["numerator"].get<std::int64_t>()) << what;
      }
      if (want.contains("denominator")) {
        if (want["denominator"].is_null()) {
          EXPECT_FALSE(r.figure.denominator) << what;
        } else {
          EXPECT_EQ(r.figure.denominator, want["denominator"].get<std::int64_t>()) << what;
        }
      }
      if (want.contains("value")) expect_value(want["value"], r.figure.value, r.indicator->unit, what);
      if (want.contains("median")) expect_value(want["median"], r.median, r.indicator->unit, what + " median");
      if (want.contains("breakdown"))
        for (const auto& [dim, rows] : want["breakdown"].items()) {
          const Breakdown* b = nullptr;
          for (const auto& x : r.breakdowns)
            if (dim_name(x.dim) == dim) b = &x;
          ASSERT_NE(b, nullptr) << what << " has no breakdown by " << dim;
          for (const auto& [code, n] : rows.items()) {
            bool known = false;
            for (const auto& row : b->rows) known |= row.code == code;
            EXPECT_TRUE(known) << what << ": no category " << code << " in " << dim;
          }
          for (const auto& row : b->rows) {
            const std::string code(row.code);
            const std::int64_t n = rows.contains(code) ? rows[code].get<std::int64_t>() : 0;
            EXPECT_EQ(row.figure.numerator, n) << what << " by " << dim << ", " << code;
          }
        }
      ++checked;
    }
  }
  EXPECT_GT(checked, 0) << "a case checks at least one indicator";
}

INSTANTIATE_TEST_SUITE_P(Cases, MeasuresCase, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<fs::path>& info) { return info.param.filename().string(); });
INSTANTIATE_TEST_SUITE_P(LookedAfterCases, MeasuresCase, testing::ValuesIn(cases("measures_lac")),
                         [](const testing::TestParamInfo<fs::path>& info) { return info.param.filename().string(); });

}  // namespace
}  // namespace lens::measures
