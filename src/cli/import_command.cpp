// lens import --db FILE|--postgres URL PATH... — loads census files into the store, one
// transaction per file: a file with any error is not imported at all.
#include <fmt/core.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "cli/command.hpp"
#include "cli/store_options.hpp"
#include "core/number_format.hpp"
#include "core/sha256.hpp"
#include "returns/cin/census_reader.hpp"

namespace lens::cli {
namespace {

constexpr std::size_t kProblemsShown = 20;

struct ImportOptions {
  StoreOptions store;
  std::vector<std::string> paths;
};

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// 0 imported or unchanged, 1 refused (problems or an older census), 2 unreadable.
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

const CommandRegistration registration{
    "import", "Load CIN census files into the store (one transaction per file)",
    [](CLI::App& app) -> Runner {
      auto opts = std::make_shared<ImportOptions>();
      opts->store.add_to(app, true);
      app.add_option("PATH", opts->paths, "CIN census XML files")->required();
      return [opts] {
        auto store = opts->store.open();
        int worst = 0;
        for (const auto& path : opts->paths) worst = std::max(worst, import_one(*store, path));
        return worst;
      };
    }};

}  // namespace
}  // namespace lens::cli
