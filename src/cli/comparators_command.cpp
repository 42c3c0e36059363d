// comparators_command.cpp — `lens comparators import FILE...`: the DfE's published tables (LAIT
// long CSV, children in need EES CSVs) turned into Lens's comparator CSV
// (measures/published_import.hpp). Writes to --out or the terminal; says on stderr what it
// took from each file. Exit 2 when a file cannot be read or is not a known format.
#include <fstream>
#include <iostream>

#include "cli/command.hpp"
#include "measures/published_import.hpp"

namespace lens::cli {
namespace {

struct Options {
  std::vector<std::string> files;
  std::string out;
};

int run_import(const Options& o) {
  auto summary = measures::import_published(o.files);
  if (o.out.empty()) {
    measures::write_comparator_csv(summary, o.files, std::cout);
  } else {
    std::ofstream file(o.out, std::ios::binary);
    if (!file) throw std::runtime_error("cannot write " + o.out);
    measures::write_comparator_csv(summary, o.files, file);
    if (!file) throw std::runtime_error("cannot write " + o.out);
  }
  for (const auto& n : summary.notes) std::cerr << n << '\n';
  std::cerr << summary.rows.size() << " comparator figures" << (o.out.empty() ? "" : " written to " + o.out) << '\n';
  return 0;
}

const CommandRegistration registration(
    "comparators", "published benchmarks: import the DfE's tables as Lens comparator data", [](CLI::App& app) -> Runner {
      app.require_subcommand(1);
      auto o = std::make_shared<Options>();
      CLI::App* import = app.add_subcommand("import", "read LAIT or DfE children in need CSVs, write Lens comparators");
      import->add_option("files", o->files, "published CSV files")->required();
      import->add_option("--out", o->out, "comparator CSV to write (default: the terminal)");
      return [o] { return run_import(*o); };
    });

}  // namespace
}  // namespace lens::cli
