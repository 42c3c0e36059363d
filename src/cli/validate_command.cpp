// `lens validate PATH... [--format table|json|csv] [--la CODE] [--year YEAR]` — checks returns without importing them and
// prints what is wrong, for people (table) or for programs (json, csv).
//
// Every finding is a Problem (core/problem.hpp): structural checks from the census reader have
// no rule code (null in JSON); DfE validation rules, when they run here, fill `rule` and may name
// several fields in `field`, comma-separated, which the outputs split into the `fields` list.
// A folder stands for the .xml files directly in it, or is an SSDA903 return when it holds 903
// tables; 903 paths are checked together (--la and --year say what their files do not). Exit code: 0 when no file has errors
// (warnings alone are clean), 1 when some file has errors, 2 when some file could not be read.
#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "core/number_format.hpp"
#include "core/problem.hpp"
#include "returns/cin/census_reader.hpp"
#include "returns/return_format.hpp"
#include "returns/ssda903/ssda903_reader.hpp"

namespace lens::cli {
namespace {

struct Options {
  std::vector<std::string> paths;
  std::string format = "table";
  std::string la;
  std::string year;
};

// One file's result, whatever kind of return it was.
struct Checked {
  std::string path;
  std::size_t children = 0;
  bool unreadable = false;
  std::vector<Problem> problems;
};


std::string counted(std::size_t n, const char* one, const char* many) {
  return with_thousands(static_cast<std::int64_t>(n)) + " " + (n == 1 ? one : many);
}

std::vector<std::string> fields_of(const Problem& p) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < p.field.size()) {
    std::size_t comma = p.field.find(',', start);
    if (comma == std::string::npos) comma = p.field.size();
    if (comma > start) out.push_back(p.field.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

// SSDA903 paths (CSV tables, folders of them, 903 XML) are checked together, as one return
// may be several files: one result for all of them, named by the paths given.
Checked check_ssda903(const std::vector<std::string>& paths, const Options& options) {
  ssda903::ReadOptions read_options{options.la, ssda903::parse_collection_year(options.year), false};
  ssda903::Ssda903Read read = ssda903::read_ssda903(paths, read_options);
  Checked c;
  for (const auto& p : paths) c.path += (c.path.empty() ? "" : " ") + p;
  for (const auto& r : read.returns) c.children += r.ret.children.size();
  c.unreadable = read.unreadable;
  c.problems = std::move(read.problems);
  return c;
}

// A folder stands for the .xml files directly in it, in name order (a folder of SSDA903
// tables for its return); anything else is itself.
std::vector<Checked> check(const std::vector<std::string>& all_paths, const Options& options) {
  std::vector<Checked> out;
  std::vector<std::string> paths, ssda903_paths;
  for (const auto& p : all_paths)
    (detect_return_format(p) == ReturnFormat::Ssda903 ? ssda903_paths : paths).push_back(p);
  if (!ssda903_paths.empty()) out.push_back(check_ssda903(ssda903_paths, options));
  auto check_file = [&](const std::string& path) {
    cin::CensusFile f = cin::read_census_file(path);
    // DfE validation rules will run here on f.census (when !f.unreadable), adding their findings.
    out.push_back({path, f.census.children.size(), f.unreadable, std::move(f.problems)});
  };
  for (const auto& path : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      check_file(path);
      continue;
    }
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
      std::string ext = entry.path().extension().string();
      std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
      if (entry.is_regular_file() && ext == ".xml") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
      Problem p;
      p.file = path;
      p.message = ec ? fmt::format("cannot be listed: {}", ec.message()) : "is a folder with no .xml files in it";
      out.push_back({path, 0, true, {p}});
    }
    for (const auto& f : files) check_file(f);
  }
  return out;
}

void print_table(const std::vector<Checked>& results) {
  std::size_t clean = 0, with_errors = 0, unreadable = 0;
  for (const Checked& r : results) {
    std::size_t errors = 0, warnings = 0;
    for (const auto& p : r.problems) (p.severity == Severity::Error ? errors : warnings)++;
    if (r.unreadable) {
      ++unreadable;
      fmt::print("{}: unreadable\n", r.path);
    } else {
      (errors > 0 ? with_errors : clean)++;
      std::string summary = errors + warnings == 0 ? "no problems"
                            : warnings == 0        ? counted(errors, "error", "errors")
                            : errors == 0          ? counted(warnings, "warning", "warnings")
                                                   : counted(errors, "error", "errors") + ", " +
                                                        counted(warnings, "warning", "warnings");
      fmt::print("{}: {}, {}\n", r.path, counted(r.children, "child", "children"), summary);
    }
    for (const auto& p : r.problems) fmt::print("{}\n", to_string(p));
  }
  if (results.size() > 1)
    fmt::print("{}: {} clean, {} with errors, {} unreadable\n", counted(results.size(), "file", "files"),
               with_thousands(static_cast<std::int64_t>(clean)),
               with_thousands(static_cast<std::int64_t>(with_errors)),
               with_thousands(static_cast<std::int64_t>(unreadable)));
}

void print_json(const std::vector<Checked>& results) {
  auto or_null = [](const std::string& s) { return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s); };
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Checked& r : results)
    for (const auto& p : r.problems)
      findings.push_back({{"rule", or_null(p.rule)},
                          {"severity", p.severity == Severity::Error ? "error" : "warning"},
                          {"file", p.file},
                          {"line", p.line > 0 ? nlohmann::ordered_json(p.line) : nlohmann::ordered_json(nullptr)},
                          {"child", or_null(p.child)},
                          {"table", or_null(p.table)},
                          {"fields", fields_of(p)},
                          {"message", p.message}});
  // Values come from files people made; replace bytes that are not UTF-8 rather than fail.
  fmt::print("{}\n", findings.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

// RFC 4180: quote a value that holds a comma, a quote or a line break; double its quotes.
std::string csv_value(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void print_csv(const std::vector<Checked>& results) {
  fmt::print("rule,severity,file,line,child,table,fields,message\r\n");
  for (const Checked& r : results)
    for (const auto& p : r.problems) {
      std::string fields;
      for (const auto& f : fields_of(p)) fields += (fields.empty() ? "" : ";") + f;
      fmt::print("{},{},{},{},{},{},{},{}\r\n", csv_value(p.rule),
                 p.severity == Severity::Error ? "error" : "warning", csv_value(p.file),
                 p.line > 0 ? std::to_string(p.line) : "", csv_value(p.child), csv_value(p.table),
                 csv_value(fields), csv_value(p.message));
    }
}

const CommandRegistration kValidate{
    "validate", "Check returns (CIN census XML, SSDA903 tables or XML) and list what is wrong, without importing them",
    [](CLI::App& app) -> Runner {
      auto options = std::make_shared<Options>();
      app.add_option("paths", options->paths, "Files to check (a folder means the .xml files in it, or the SSDA903 tables in it)")
          ->required()
          ->expected(1, -1);
      app.add_option("--format", options->format, "table (for people, the default), json or csv")
          ->check(CLI::IsMember({"table", "json", "csv"}));
      app.add_option("--la", options->la, "DfE LA number of SSDA903 files that do not say (e.g. 301)");
      app.add_option("--year", options->year,
                     "collection year of SSDA903 files that do not say (2016-17 or 2017)")
          ->check([](const std::string& y) {
            return ssda903::parse_collection_year(y) ? std::string() : "give the year as 2016-17 or 2017";
          });
      return [options] {
        std::vector<Checked> results = check(options->paths, *options);
        if (options->format == "json")
          print_json(results);
        else if (options->format == "csv")
          print_csv(results);
        else
          print_table(results);
        bool unreadable = false, errors = false;
        for (const Checked& r : results) {
          unreadable = unreadable || r.unreadable;
          errors = errors || has_errors(r.problems);
        }
        return unreadable ? 2 : errors ? 1 : 0;
      };
    }};

}  // namespace
}  // namespace lens::cli
