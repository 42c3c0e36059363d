#include "cli/command.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <exception>
#include <memory>

namespace lens::cli {
namespace {
std::vector<RegisteredCommand>& registry() {
  static std::vector<RegisteredCommand> commands;
  return commands;
}
}  // namespace

CommandRegistration::CommandRegistration(std::string name, std::string summary, Setup setup) {
  registry().push_back({std::move(name), std::move(summary), std::move(setup)});
}

const std::vector<RegisteredCommand>& registered_commands() { return registry(); }

int run(int argc, char** argv) {
  CLI::App app{"Lens: the information system of a local safeguarding children partnership", "lens"};
  app.require_subcommand(1);
  auto commands = registry();
  std::sort(commands.begin(), commands.end(), [](auto& a, auto& b) { return a.name < b.name; });
  std::vector<std::pair<CLI::App*, Runner>> runners;
  for (const auto& c : commands) {
    CLI::App* sub = app.add_subcommand(c.name, c.summary);
    runners.emplace_back(sub, c.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  try {
    for (auto& [sub, runner] : runners)
      if (sub->parsed()) return runner();
  } catch (const std::exception& e) {
    fmt::print(stderr, "lens: {}\n", e.what());
    return 2;
  }
  return 2;
}

}  // namespace lens::cli
