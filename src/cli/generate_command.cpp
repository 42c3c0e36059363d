// lens generate --out DIR | --db FILE | --postgres URL [--profile NAME] [--la CODE[,CODE]]
//               [--population N] [--years 2012-13..2016-17] [--seed N]
//               [--format cin|ssda903|all] [--faults SPEC] [--jobs N]
// lens generate --list-profiles
//
// Synthetic boroughs (src/synth/generator.hpp): with --out, a CIN census XML file per authority
// and year, DIR/cin_census_<LA>_<period>.xml, with the children's names and addresses beside it
// in DIR/people_<LA>_<period>.csv (the census does not carry them) and, with --faults, the
// faults put in, DIR/faults_<LA>_<period>.csv; with --format ssda903 (or all, or cin,ssda903)
// the year's SSDA903 return as its CSV tables in a folder DIR/ssda903_<LA>_<period>/ (header.csv,
// episodes.csv, ...: `lens import --la LA` and `lens validate` read the folder, its name giving
// the year). Files are written under a temporary name and renamed when complete. With
// --db/--postgres each census and each 903 return goes straight into the store, as `lens import`
// would put the same files; a store gets both unless --format says otherwise. Progress goes to
// stderr, one line per authority; the summary to stdout. Exit code 0 done, 2 bad options or a
// failure to write.
#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/command.hpp"
#include "cli/store_options.hpp"
#include "core/number_format.hpp"
#include "core/sha256.hpp"
#include "returns/cin/census_writer.hpp"
#include "returns/ssda903/ssda903_writer.hpp"
#include "synth/generator.hpp"

namespace lens::cli {
namespace {

namespace fs = std::filesystem;

struct Options {
  std::string out;
  StoreOptions store;
  std::string profile = "england";
  std::vector<std::string> la;
  std::optional<int> population;
  std::string years;
  std::uint64_t seed = 1;
  std::string format;  // empty: cin for files, cin and ssda903 for a store
  std::string faults;
  int jobs = 0;
  bool list_profiles = false;
};

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Writes `bytes` to `path` through a temporary file, so a reader never sees half a file.
void write_file(const fs::path& path, const std::string& bytes) {
  fs::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error(fmt::format("cannot write {} (is the disk full?)", tmp.string()));
  }
  fs::rename(tmp, path);
}

// Writes the 903 tables into `folder` through a temporary folder renamed when complete.
void write_ssda903_folder(const fs::path& folder, const LookedAfterReturn& r) {
  fs::path tmp = folder;
  tmp += ".tmp";
  std::error_code ec;
  fs::remove_all(tmp, ec);
  fs::create_directories(tmp, ec);
  if (ec) throw std::runtime_error(fmt::format("cannot create the folder {}: {}", tmp.string(), ec.message()));
  for (const auto& table : ssda903::write_ssda903_tables(r)) write_file(tmp / table.file_name, table.text);
  fs::remove_all(folder, ec);
  fs::rename(tmp, folder);
}

// What --format asks for: "cin", "ssda903", "all", or a comma-separated list of the first two.
struct Formats {
  bool cin = false, ssda903 = false;
};
Formats parse_formats(const std::string& text, bool to_store) {
  Formats f;
  if (text.empty()) {
    f.cin = true;
    f.ssda903 = to_store;
    return f;
  }
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    const std::string one = text.substr(start, comma - start);
    if (one == "cin") f.cin = true;
    else if (one == "ssda903") f.ssda903 = true;
    else if (one == "all") f.cin = f.ssda903 = true;
    else
      throw std::invalid_argument(fmt::format(
          "--format {}: Lens generates cin (the CIN census), ssda903 (the 903 return) or all", one));
    start = comma + 1;
  }
  return f;
}

std::string census_xml(const Census& census) {
  std::ostringstream xml;
  cin::write_census(census, xml);
  return std::move(xml).str();
}

std::string base_name(const synth::GeneratedCensus& g) {
  return fmt::format("{}_{}", g.authority->la, synth::period_text(g.collection_year - 1));
}

int list_profiles() {
  const auto profiles = synth::list_profiles();
  std::size_t name_width = 4, title_width = 5;
  for (const auto& p : profiles) {
    name_width = std::max(name_width, p.name.size());
    title_width = std::max(title_width, p.title.size());
  }
  fmt::print("{:<{}}  {:<{}}  {:<16}  {}\n", "name", name_width, "title", title_width, "years",
             "authority");
  for (const auto& p : profiles) {
    std::string who = "every English authority";
    if (!p.la.empty()) {
      const auto* a = synth::Authorities::shipped().find(p.la);
      who = fmt::format("{} {}", p.la, a ? a->name : "?");
    }
    fmt::print("{:<{}}  {:<{}}  {:<16}  {}\n", p.name, name_width, p.title, title_width,
               p.years_text(), who);
  }
  return 0;
}

void parse_years(const std::string& text, synth::GenerateOptions& o) {
  if (text.empty()) return;
  auto dots = text.find("..");
  std::string from = text.substr(0, dots), to = dots == std::string::npos ? from : text.substr(dots + 2);
  auto a = synth::parse_period(from), b = synth::parse_period(to);
  if (!a || !b)
    throw std::invalid_argument(fmt::format(
        "--years: '{}' is not a period like 2016-17 or a range like 2012-13..2016-17", text));
  o.first_year = *a;
  o.last_year = *b;
}

int run(const Options& opt) {
  if (opt.list_profiles) return list_profiles();
  if (opt.out.empty() == !opt.store.given())
    throw std::invalid_argument("give one of --out DIR (files) and --db FILE / --postgres URL (a store)");
  const Formats formats = parse_formats(opt.format, opt.store.given());

  synth::GenerateOptions o;
  o.profile = opt.profile;
  for (const auto& code : opt.la) {
    if (code == "all") o.every_authority = true;
    else o.authorities.push_back(code);
  }
  o.population = opt.population;
  parse_years(opt.years, o);
  o.seed = opt.seed;
  o.faults = synth::FaultSpec::parse(opt.faults);
  o.jobs = opt.jobs > 0 ? opt.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (!o.faults.empty() && opt.store.given())
    throw std::invalid_argument(
        "--faults makes files for testing validation; a store only takes clean censuses (use --out)");
  if (!o.faults.empty() && !formats.cin)
    throw std::invalid_argument("--faults puts faults into the CIN census: add cin to --format");
  o.looked_after = formats.ssda903;

  synth::GenerationPlan plan = synth::plan_generation(o);
  if (plan.runs.empty())
    throw std::invalid_argument("no authority existed in those years; check --la and --years");

  std::unique_ptr<Store> store;
  fs::path dir;
  if (!opt.out.empty()) {
    dir = opt.out;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw std::runtime_error(fmt::format("cannot create the folder {}: {}", opt.out, ec.message()));
  } else {
    store = opt.store.open();
  }

  const int years = plan.last_year - plan.first_year + 1;
  const std::string what = fmt::format(
      "generating {} {}, {} {}{}", plan.runs.size(), plan.runs.size() == 1 ? "authority" : "authorities",
      years, years == 1 ? "year" : "years",
      years == 1 ? fmt::format(" ({})", synth::period_text(plan.first_year))
                 : fmt::format(" ({}..{})", synth::period_text(plan.first_year),
                               synth::period_text(plan.last_year)));
  fmt::print(stderr, "{}, profile {}, seed {}\n", what, plan.profile.name, plan.seed);

  const auto t0 = std::chrono::steady_clock::now();
  long long files = 0, children = 0, bytes = 0, faults = 0, returns = 0, looked_after = 0;
  auto sink = [&](synth::GeneratedCensus&& g) {
    const std::string name = base_name(g);
    if (formats.ssda903) {
      ++returns;
      looked_after += static_cast<long long>(g.looked_after.children.size());
      if (store)
        store->import_ssda903(g.looked_after, {fmt::format("generated:ssda903_{}", name),
                                               ssda903::ssda903_sha256(g.looked_after), "lens generate"});
      else
        write_ssda903_folder(dir / fmt::format("ssda903_{}", name), g.looked_after);
    }
    if (!formats.cin) return;
    const std::string xml = census_xml(g.census);
    children += static_cast<long long>(g.census.children.size());
    ++files;
    bytes += static_cast<long long>(xml.size());
    if (store) {
      store->import_census(g.census, {fmt::format("generated:cin_census_{}.xml", name), sha256_hex(xml),
                                      "lens generate"});
      return;
    }
    write_file(dir / fmt::format("cin_census_{}.xml", name), xml);
    std::string people = "la,la_child_id,given_name,family_name,address,postcode\n";
    for (const auto& p : g.people)
      people += fmt::format("{},{},{},{},{},{}\n", p.la, p.la_child_id, csv_field(p.given_name),
                            csv_field(p.family_name), csv_field(p.address), p.postcode);
    write_file(dir / fmt::format("people_{}.csv", name), people);
    if (!plan.faults.empty()) {
      std::string list = "kind,la_child_id,field,detail\n";
      for (const auto& f : g.faults)
        list += fmt::format("{},{},{},{}\n", synth::fault_name(f.kind), f.child, f.field, csv_field(f.detail));
      write_file(dir / fmt::format("faults_{}.csv", name), list);
      faults += static_cast<long long>(g.faults.size());
    }
  };
  auto progress = [&](const synth::Progress& p) {
    fmt::print(stderr, "{}: {}/{} {} ({} child records, {:.1f} s)\n", what, p.done, p.total,
               p.authority->name, with_thousands(p.children), p.seconds);
  };
  synth::generate(plan, sink, progress);

  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::string made;
  if (formats.cin)
    made = fmt::format("{} census {} ({} child records, {} MB of XML{})", with_thousands(files),
                       files == 1 ? "file" : "files", with_thousands(children), with_thousands(bytes / 1000000),
                       faults ? fmt::format(", {} faults", with_thousands(faults)) : "");
  if (formats.ssda903)
    made += fmt::format("{}{} SSDA903 {} ({} looked-after child records)", made.empty() ? "" : " and ",
                        with_thousands(returns), returns == 1 ? "return" : "returns", with_thousands(looked_after));
  fmt::print("generated {} in {:.1f} s{}\n", made, seconds,
             store ? " into the store" : fmt::format(" in {}", dir.string()));
  return 0;
}

const CommandRegistration registration{
    "generate", "Make synthetic CIN censuses and SSDA903 returns for one authority or all of England",
    [](CLI::App& app) -> Runner {
      auto opt = std::make_shared<Options>();
      app.add_option("--out", opt->out, "folder for the census files (created if missing)");
      opt->store.add_to(app, false);
      app.add_option("--profile", opt->profile, "calibration profile (see --list-profiles)");
      app.add_option("--la", opt->la, "DfE LA number(s), comma-separated, or all")->delimiter(',');
      app.add_option("--population", opt->population, "children aged 0-17 (one authority)");
      app.add_option("--years", opt->years, "period or range: 2016-17 or 2012-13..2016-17");
      app.add_option("--seed", opt->seed, "the same seed gives the same files (default 1)");
      app.add_option("--format", opt->format,
                     "cin (the CIN census XML; the default for --out), ssda903 (the 903 return as CSV "
                     "tables), all (both; the default for a store), or cin,ssda903");
      app.add_option("--faults", opt->faults,
                     "data-quality faults per file: missing-date=N,date-order=N,invalid-code=N,"
                     "duplicate-child=N");
      app.add_option("--jobs", opt->jobs, "authorities generated at once (default: one per core)");
      app.add_flag("--list-profiles", opt->list_profiles, "list the calibration profiles");
      return [opt] {
        try {
          return run(*opt);
        } catch (const std::invalid_argument& e) {
          fmt::print(stderr, "lens generate: {}\n", e.what());
          return 2;
        }
      };
    }};

}  // namespace
}  // namespace lens::cli
