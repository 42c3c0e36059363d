// `lens validate PATH... [--year 2025-26] [--errors-only|--warnings-only] [--format
// table|json|csv|xlsx --out FILE]` — checks returns without importing them: the structural
// checks of the readers and the DfE validation rules (validation/check_returns.hpp), for people
// (a table grouped by rule with counts, then each finding with file, line, child and fields), for
// programs (json, csv) or for analysts (xlsx, written to --out).
//
// A folder stands for the .xml files directly in it, or is an SSDA903 return when it holds 903
// tables; 903 paths are checked together (--la and --year say what their files do not). The kind
// of return and its collection year are told from the files; --year makes the rules check the
// return as that year's. --errors-only / --warnings-only (--severity error|warning|all) choose
// what is looked for and listed. Exit code: 0 when nothing listed is an error (warnings alone are
// clean), 1 when some file has errors, 2 when some file could not be read or the command is wrong.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "returns/return_format.hpp"
#include "returns/ssda903/ssda903_reader.hpp"
#include "validation/check_returns.hpp"
#include "validation/report.hpp"

namespace lens::cli {
namespace {

using validation::CheckedReturn;

struct Options {
  std::vector<std::string> paths;
  std::string format = "table";
  std::string out;
  std::string la;
  std::string year;
  std::string severity = "all";
  bool errors_only = false;
  bool warnings_only = false;
};

// A path that is nothing Lens can read, as a result of its own.
CheckedReturn unreadable(const std::string& path, std::string message) {
  CheckedReturn c;
  c.name = path;
  c.unreadable = true;
  Problem p;
  p.file = path;
  p.message = std::move(message);
  c.found.push_back({std::move(p), {}});
  return c;
}

// A folder stands for the .xml files directly in it, in name order (a folder of SSDA903
// tables for its return); anything else is itself. SSDA903 paths are one return, checked
// together, first.
std::vector<CheckedReturn> check(const std::vector<std::string>& all_paths, const validation::CheckOptions& options) {
  std::vector<CheckedReturn> out;
  std::vector<std::string> paths, ssda903_paths;
  for (const auto& p : all_paths)
    (detect_return_format(p) == ReturnFormat::Ssda903 ? ssda903_paths : paths).push_back(p);
  if (!ssda903_paths.empty())
    for (auto& r : validation::check_ssda903_paths(ssda903_paths, options)) out.push_back(std::move(r));
  for (const auto& path : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      out.push_back(validation::check_census_file(path, options));
      continue;
    }
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
      std::string ext = entry.path().extension().string();
      std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
      if (entry.is_regular_file() && ext == ".xml") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    if (files.empty())
      out.push_back(unreadable(path, ec ? fmt::format("cannot be listed: {}", ec.message())
                                        : "is a folder with no .xml files in it"));
    for (const auto& f : files) out.push_back(validation::check_census_file(f, options));
  }
  return out;
}

const CommandRegistration kValidate{
    "validate",
    "Check returns (CIN census XML, SSDA903 tables or XML) against their structure and the DfE validation "
    "rules, without importing them",
    [](CLI::App& app) -> Runner {
      auto options = std::make_shared<Options>();
      app.add_option("paths", options->paths, "Files to check (a folder means the .xml files in it, or the SSDA903 tables in it)")
          ->required()
          ->expected(1, -1);
      app.add_option("--format", options->format,
                     "table (for people, the default), json or csv (for programs), xlsx (for analysts; needs --out)")
          ->check(CLI::IsMember({"table", "json", "csv", "xlsx"}));
      app.add_option("--out", options->out, "Write the report to this file instead of the screen (needed for xlsx)");
      app.add_option("--la", options->la, "DfE LA number of SSDA903 files that do not say (e.g. 301)");
      app.add_option("--year", options->year,
                     "collection year to check the returns as (2025-26 or 2026); by default the returns' own")
          ->check([](const std::string& y) {
            return ssda903::parse_collection_year(y) ? std::string() : "give the year as 2025-26 or 2026";
          });
      auto* severity = app.add_option("--severity", options->severity, "error, warning or all (the default)")
                           ->check(CLI::IsMember({"error", "warning", "all"}));
      auto* errors_only = app.add_flag("--errors-only", options->errors_only, "List errors only (as --severity error)");
      auto* warnings_only =
          app.add_flag("--warnings-only", options->warnings_only, "List warnings only (as --severity warning)");
      errors_only->excludes(warnings_only)->excludes(severity);
      warnings_only->excludes(severity);
      return [options] {
        if (options->format == "xlsx" && options->out.empty()) {
          fmt::print(stderr, "lens validate: --format xlsx needs --out FILE.xlsx\n");
          return 2;
        }
        validation::CheckOptions check_options;
        check_options.la = options->la;
        check_options.year = ssda903::parse_collection_year(options->year);
        std::string severity = options->errors_only ? "error" : options->warnings_only ? "warning" : options->severity;
        check_options.errors = severity != "warning";
        check_options.warnings = severity != "error";
        std::vector<CheckedReturn> results = check(options->paths, check_options);

        try {
          if (options->format == "xlsx") {
            validation::write_xlsx(options->out, results);
            for (const CheckedReturn& r : results)
              fmt::print("{}: {}\n", r.name, r.unreadable ? std::string("unreadable") : validation::summary(r));
            fmt::print("The report is in {}\n", options->out);
          } else {
            std::unique_ptr<std::ostream> file;
            if (!options->out.empty()) {
              file = std::make_unique<std::ofstream>(options->out, std::ios::binary);
              if (!*file) throw std::runtime_error("cannot write " + options->out);
            }
            std::ostream& out = file ? *file : std::cout;
            if (options->format == "json")
              validation::write_json(out, results);
            else if (options->format == "csv")
              validation::write_csv(out, results);
            else
              validation::write_table(out, results);
            out.flush();
            if (!out) throw std::runtime_error("cannot write " + (options->out.empty() ? "the report" : options->out));
          }
        } catch (const std::exception& e) {
          fmt::print(stderr, "lens validate: {}\n", e.what());
          return 2;
        }
        bool unreadable = false, errors = false;
        for (const CheckedReturn& r : results) {
          unreadable = unreadable || r.unreadable;
          errors = errors || r.errors() > 0;
        }
        return unreadable ? 2 : errors ? 1 : 0;
      };
    }};

}  // namespace
}  // namespace lens::cli
