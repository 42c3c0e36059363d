// lens import --db FILE|--postgres URL [--la CODE] [--year YEAR] PATH... — loads returns into
// the store, telling each path's return by its content (returns/return_format.hpp). A CIN
// census is imported file by file, one transaction each: a file with any error is not imported
// at all. SSDA903 paths (CSV tables, folders of them, 903 XML) are read together, so this
// year's and last year's tables may be given at once; if any of them has an error nothing of
// them is imported, otherwise each authority's collection year is imported in its own
// transaction. --la and --year say what the 903 files do not (they rarely carry either).
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

#include "cli/command.hpp"
#include "cli/store_options.hpp"
#include "core/number_format.hpp"
#include "core/sha256.hpp"
#include "returns/cin/census_reader.hpp"
#include "returns/return_format.hpp"
#include "returns/ssda903/ssda903_reader.hpp"

namespace lens::cli {
namespace {

constexpr std::size_t kProblemsShown = 20;

struct ImportOptions {
  StoreOptions store;
  std::vector<std::string> paths;
  std::string la;
  std::string year;
};

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// 0 imported or unchanged, 1 refused (problems found), 2 unreadable.
int import_one(Store& store, const std::string& path) {
  auto t0 = std::chrono::steady_clock::now();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    fmt::print(stderr, "{}: cannot open the file (check the path and permissions); nothing imported\n",
               path);
    return 2;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string bytes = std::move(buffer).str();
  fmt::print(stderr, "{}: reading {} bytes\n", path, with_thousands(static_cast<std::int64_t>(bytes.size())));

  cin::CensusFile file = cin::read_census_text(bytes, path);
  if (file.unreadable || has_errors(file.problems)) {
    std::size_t shown = 0;
    for (const auto& p : file.problems) {
      if (p.severity != Severity::Error) continue;
      if (shown++ == kProblemsShown) break;
      fmt::print(stderr, "{}\n", to_string(p));
    }
    std::size_t errors = 0;
    for (const auto& p : file.problems) errors += p.severity == Severity::Error;
    if (errors > kProblemsShown)
      fmt::print(stderr, "… and {} more errors; `lens validate {}` lists them all\n",
                 with_thousands(static_cast<std::int64_t>(errors - kProblemsShown)), path);
    fmt::print(stderr, "{}: nothing imported ({} {}); fix the file and import it again\n", path,
               with_thousands(static_cast<std::int64_t>(errors)), errors == 1 ? "error" : "errors");
    return file.unreadable ? 2 : 1;
  }

  const auto& h = file.census.header;
  std::size_t children = file.census.children.size();
  fmt::print(stderr, "{}: writing {} children of LA {} ({} census)\n", path,
             with_thousands(static_cast<std::int64_t>(children)), h.la, h.collection_year);
  try {
    ImportOutcome outcome = store.import_census(file.census, {path, sha256_hex(bytes), "cli"});
    const char* what = outcome == ImportOutcome::Unchanged ? "unchanged: already imported"
                       : outcome == ImportOutcome::Replaced ? "imported, replacing the earlier census"
                                                             : "imported";
    fmt::print("{}: {} — {} children, LA {}, {} census ({:.1f} s)\n", path, what,
               with_thousands(static_cast<std::int64_t>(children)), h.la, h.collection_year,
               seconds_since(t0));
    return 0;
  } catch (const StoreError& e) {
    fmt::print(stderr, "{}\n{}: nothing imported\n", e.what(), path);
    return 1;
  }
}

// 0 imported or unchanged, 1 refused (problems), 2 unreadable.
int import_ssda903(Store& store, const std::vector<std::string>& paths, const ImportOptions& opts) {
  auto t0 = std::chrono::steady_clock::now();
  std::string named;
  for (const auto& p : paths) named += (named.empty() ? "" : " ") + p;
  ssda903::ReadOptions read_options{opts.la, ssda903::parse_collection_year(opts.year)};
  ssda903::Ssda903Read read = ssda903::read_ssda903(paths, read_options);
  std::size_t errors = 0, warnings = 0, shown = 0;
  for (const auto& p : read.problems) {
    (p.severity == Severity::Error ? errors : warnings)++;
    if (shown < kProblemsShown) {
      fmt::print(stderr, "{}\n", to_string(p));
      ++shown;
    }
  }
  if (read.problems.size() > shown)
    fmt::print(stderr, "… and {} more; `lens validate {}` lists them all\n",
               with_thousands(static_cast<std::int64_t>(read.problems.size() - shown)), named);
  if (read.unreadable || errors > 0) {
    fmt::print(stderr, "{}: nothing imported ({} {}); fix the files and import them again\n", named,
               with_thousands(static_cast<std::int64_t>(errors)), errors == 1 ? "error" : "errors");
    return read.unreadable ? 2 : 1;
  }
  if (read.returns.empty()) {
    fmt::print(stderr, "{}: no looked-after children found; nothing imported\n", named);
    return 1;
  }
  int worst = 0;
  for (const auto& r : read.returns) {
    const auto& ret = r.ret;
    std::string year = ssda903::collection_year_label(ret.collection_year);
    auto children = static_cast<std::int64_t>(ret.children.size());
    try {
      ImportOutcome outcome = store.import_ssda903(ret, {named, r.sha256, "cli"});
      const char* what = outcome == ImportOutcome::Unchanged ? "unchanged: already imported"
                         : outcome == ImportOutcome::Replaced ? "imported, replacing the earlier return for that year"
                                                               : "imported";
      fmt::print("{}: {} — {} looked after, LA {}, {} 903 return ({:.1f} s)\n", named, what,
                 with_thousands(children) + (children == 1 ? " child" : " children"), ret.la, year,
                 seconds_since(t0));
    } catch (const StoreError& e) {
      fmt::print(stderr, "{}\n{}: the {} 903 return of LA {} was not imported\n", e.what(), named,
                 year, ret.la);
      worst = 1;
    }
  }
  return worst;
}

const CommandRegistration registration{
    "import", "Load CIN census and SSDA903 returns into the store (one transaction per file or year)",
    [](CLI::App& app) -> Runner {
      auto opts = std::make_shared<ImportOptions>();
      opts->store.add_to(app, true);
      app.add_option("--la", opts->la, "DfE LA number of SSDA903 files that do not say (e.g. 301)");
      app.add_option("--year", opts->year,
                     "collection year of SSDA903 files that do not say (2016-17 or 2017)")
          ->check([](const std::string& y) {
            return ssda903::parse_collection_year(y) ? std::string() : "give the year as 2016-17 or 2017";
          });
      app.add_option("PATH", opts->paths,
                     "CIN census XML files; SSDA903 CSV tables, folders of them, or 903 XML")
          ->required();
      return [opts] {
        auto store = opts->store.open();
        int worst = 0;
        std::vector<std::string> ssda903_paths;
        for (const auto& path : opts->paths)
          if (detect_return_format(path) == ReturnFormat::Ssda903)
            ssda903_paths.push_back(path);
          else  // a census, or something unreadable that the census reader will say is not one
            worst = std::max(worst, import_one(*store, path));
        if (!ssda903_paths.empty()) worst = std::max(worst, import_ssda903(*store, ssda903_paths, *opts));
        return worst;
      };
    }};

}  // namespace
}  // namespace lens::cli
