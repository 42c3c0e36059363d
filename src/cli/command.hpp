// command.hpp — how a `lens` subcommand plugs into the program.
//
// Each subcommand lives in its own file under src/cli/ and registers itself with a static
// CommandRegistration: a name, a one-line summary, and a setup function that declares the
// subcommand's options on a CLI11 app and returns the function that runs it. The runner returns
// the process exit code: 0 success, 1 problems found in the input, 2 unusable input or usage.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace lens::cli {

using Runner = std::function<int()>;
using Setup = std::function<Runner(CLI::App&)>;

struct CommandRegistration {
  CommandRegistration(std::string name, std::string summary, Setup setup);
};

struct RegisteredCommand {
  std::string name;
  std::string summary;
  Setup setup;
};
const std::vector<RegisteredCommand>& registered_commands();

// Runs lens with these arguments (argv[0] included) and returns the exit code. Errors a user
// can act on are printed to stderr as "lens: ..." with no stack trace.
int run(int argc, char** argv);

}  // namespace lens::cli
