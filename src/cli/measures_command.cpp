// measures_command.cpp — `lens measures`: the performance framework for an area and period.
//
//   lens measures (--db FILE | --postgres URL | PATH...) --period 2016-17|FROM..TO
//                 [--la CODE]... [--indicator ID]... [--by DIMENSION]...
//                 [--format table|json|csv|xlsx] [--out FILE] [--targets FILE] [--data-dir DIR]
//   lens measures --list
//
// Reads the children of the authorities asked for (all, by default) from the store or from
// files — CIN census XML and SSDA903 returns (CSV tables, folders of them, 903 XML; told apart
// by content, returns/return_format.hpp; --la says the authority of 903 files that do not) —
// builds the analytic snapshot, and writes the scorecard (measures/output.hpp).
// Exit codes: 0 done; 1 the files have errors (listed, nothing computed); 2 wrong usage,
// unreadable input or missing reference data.
#include <fmt/core.h>

#include <fstream>
#include <iostream>

#include "cli/command.hpp"
#include "cli/store_options.hpp"
#include "core/problem.hpp"
#include "measures/authority_codes.hpp"
#include "measures/census_sources.hpp"
#include "measures/data_files.hpp"
#include "measures/output.hpp"
#include "measures/scorecard.hpp"
#include "measures/ssda903_sources.hpp"
#include "measures/store_snapshot.hpp"
#include "returns/return_format.hpp"
#include "returns/ssda903/ssda903_reader.hpp"

namespace lens::cli {
namespace {

using namespace lens::measures;

struct Options {
  StoreOptions store;
  std::vector<std::string> paths;
  std::string period;
  std::vector<std::string> las;
  std::vector<std::string> indicators;
  std::vector<std::string> by;
  std::string format = "table";
  std::string out;
  std::string targets;
  std::string data_dir;
  bool list = false;
};

void list_indicators(std::ostream& out) {
  out << "Indicators (spec/indicators.md):\n";
  std::size_t width = 0;  // the longest id, so the columns line up
  for (const Indicator* i : all_indicators()) width = std::max(width, i->id.size());
  for (const Indicator* i : all_indicators()) {
    std::string dims;
    for (Dim d : i->always) dims += (dims.empty() ? "" : ", ") + std::string(dim_name(d));
    for (Dim d : i->breakdowns)
      if (std::find(i->always.begin(), i->always.end(), d) == i->always.end())
        dims += (dims.empty() ? "" : ", ") + std::string(dim_name(d));
    out << fmt::format("  {:{}} {:12} {:5} {}\n", i->id, width, unit_name(i->unit), polarity_name(i->polarity),
                       i->title);
    if (!dims.empty()) out << fmt::format("  {:{}} by: {}\n", "", width, dims);
  }
}

std::vector<Dim> resolve_dims(const std::vector<std::string>& names, const std::vector<const Indicator*>& chosen) {
  std::vector<Dim> dims;
  for (const auto& n : names) {
    auto d = dim_from_name(n);
    if (!d) {
      std::string known;
      for (int i = 0; i < kDimCount; ++i) known += (i ? ", " : "") + std::string(dim_name(static_cast<Dim>(i)));
      throw MeasuresError("unknown breakdown '" + n + "'; the breakdowns are " + known);
    }
    bool offered = false;
    for (const Indicator* i : chosen)
      offered |= std::find(i->breakdowns.begin(), i->breakdowns.end(), *d) != i->breakdowns.end();
    if (!offered) throw MeasuresError("none of the chosen indicators can be broken down by " + n);
    dims.push_back(*d);
  }
  return dims;
}

// Builds the snapshot from the store or the files; returns an exit code if it cannot.
std::string named(const std::string& code, const AuthorityDirectory& dir) {
  const AuthorityInfo* a = dir.by_la_code(code);
  return a ? fmt::format("{} ({})", a->name, code) : "LA " + code;
}

int load(const Options& o, const AuthorityDirectory& dir, std::vector<std::string>& las, Snapshot& snapshot) {
  if (o.store.given()) {
    auto store = o.store.open();
    const auto held = store->authorities();
    if (held.empty()) throw MeasuresError("the store holds no records yet; import a census first");
    for (const auto& la : las)
      if (std::find(held.begin(), held.end(), la) == held.end()) {
        std::string names;
        for (const auto& h : held) names += (names.empty() ? "" : ", ") + named(h, dir);
        throw MeasuresError("there are no records for " + named(la, dir) + " in the store; it holds " + names);
      }
    if (las.empty()) las = held;
    snapshot = snapshot_of_store(*store, las);
    return 0;
  }
  std::vector<std::string> census_paths, ssda903_paths;
  for (const auto& p : o.paths)
    (detect_return_format(p) == ReturnFormat::Ssda903 ? ssda903_paths : census_paths).push_back(p);
  CensusFiles files = read_census_files(census_paths);
  ssda903::Ssda903Read looked_after;
  if (!ssda903_paths.empty()) {
    ssda903::ReadOptions options;
    if (las.size() == 1) options.la = las.front();  // for 903 files that do not say
    looked_after = ssda903::read_ssda903(ssda903_paths, options);
  }
  for (const auto& p : files.problems) std::cerr << to_string(p) << '\n';
  for (const auto& p : looked_after.problems) std::cerr << to_string(p) << '\n';
  if (!files.unreadable.empty() || looked_after.unreadable) return 2;
  if (has_errors(files.problems) || has_errors(looked_after.problems)) {
    std::cerr << "lens: the files have errors (above); nothing was computed\n";
    return 1;
  }
  SnapshotBuilder builder;
  add_censuses(std::move(files.censuses), builder);
  std::vector<LookedAfterReturn> returns;
  for (auto& r : looked_after.returns) returns.push_back(std::move(r.ret));
  add_looked_after_returns(std::move(returns), builder);
  snapshot = builder.finish();
  return 0;
}

int run(const Options& o) {
  if (!o.data_dir.empty()) set_data_dir(o.data_dir);
  if (o.list) {
    list_indicators(std::cout);
    return 0;
  }
  if (o.period.empty()) throw MeasuresError("--period is required, e.g. --period 2016-17");
  if (!o.store.given() && o.paths.empty())
    throw MeasuresError("say where the records are: --db FILE, --postgres URL, or census and 903 files");
  if (o.store.given() && !o.paths.empty())
    throw MeasuresError("give either a store (--db/--postgres) or files, not both");
  if (o.format == "xlsx" && o.out.empty()) throw MeasuresError("--format xlsx needs --out FILE.xlsx");

  Request request;
  request.period = parse_period(o.period);
  request.indicators = select_indicators(o.indicators);
  request.by = resolve_dims(o.by, request.indicators);

  const auto directory = AuthorityDirectory::load_default();
  const auto population = PopulationTable::load_default();
  const auto comparators = ComparatorTable::load_default();
  const auto neighbours = StatisticalNeighbours::load_default();
  std::optional<TargetTable> targets;
  if (!o.targets.empty()) targets = TargetTable::load(o.targets);

  // `--la` takes a DfE number, ONS code or name, several repeated or comma-separated.
  std::vector<std::string> las = authority_codes(o.las, directory);
  Snapshot snapshot;
  if (int code = load(o, directory, las, snapshot); code != 0) return code;
  if (snapshot.authorities().empty()) throw MeasuresError("there are no children in the data");
  request.authorities = las;

  ScorecardInputs inputs{&population, &directory, &comparators, &neighbours, targets ? &*targets : nullptr, 0};
  Scorecard card = build_scorecard(snapshot, request, inputs);

  if (o.format == "xlsx") {
    write_xlsx(card, o.out);
    return 0;
  }
  std::ofstream file;
  if (!o.out.empty()) {
    file.open(o.out, std::ios::binary);
    if (!file) throw MeasuresError("cannot write " + o.out);
  }
  std::ostream& out = o.out.empty() ? std::cout : file;
  if (o.format == "json")
    out << to_json(card).dump(2) << '\n';
  else if (o.format == "csv")
    write_csv(card, out);
  else
    write_table(card, out);
  if (!out) throw MeasuresError("cannot write " + (o.out.empty() ? std::string("the output") : o.out));
  return 0;
}

const CommandRegistration registration(
    "measures", "the performance framework: indicators for an area and period, with benchmarks",
    [](CLI::App& app) -> Runner {
      auto o = std::make_shared<Options>();
      o->store.add_to(app, false);
      app.add_option("paths", o->paths,
                     "files to read instead of a store: CIN census XML; SSDA903 CSV tables, folders of them, or 903 XML");
      app.add_option("--period", o->period,
                     "2016-17 (financial year), 2016-17-Q1, 2016-Q1 (calendar quarter), 2016-04, or FROM..TO");
      app.add_option("--la", o->las, "authority: DfE number, ONS code or name (repeatable; default: all)");
      app.add_option("--indicator", o->indicators, "indicator id (repeatable; default: all)");
      app.add_option("--by", o->by,
                     "breakdown: age_band, gender, ethnic_group, category, source, legal_status, placement_type, uasc, ...");
      app.add_option("--format", o->format, "table, json, csv or xlsx")
          ->check(CLI::IsMember({"table", "json", "csv", "xlsx"}));
      app.add_option("--out", o->out, "write to this file instead of the terminal");
      app.add_option("--targets", o->targets, "the partnership's targets (CSV: indicator_id,target,tolerance,source)");
      app.add_option("--data-dir", o->data_dir, "folder of Lens's reference data (default: data/ of the source)");
      app.add_flag("--list", o->list, "list the indicators and their breakdowns");
      return [o] { return run(*o); };
    });

}  // namespace
}  // namespace lens::cli
