// The `lens` program: every subcommand registers itself (cli/command.hpp).
#include "cli/command.hpp"

int main(int argc, char** argv) { return lens::cli::run(argc, argv); }
