// run_lens.hpp — runs the built `lens` program (LENS_BINARY) as a user would, for tests of
// commands: exit code and output.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace lens::testing {

struct LensRun {
  int exit_code = -1;
  std::string out;
};

enum class Stderr { Discard, Merge };

// `args` is passed through the shell: quote paths that may hold spaces.
inline LensRun run_lens(const std::string& args, Stderr err = Stderr::Discard) {
  std::string command = std::string("'") + LENS_BINARY + "' " + args +
                        (err == Stderr::Merge ? " 2>&1" : " 2>/dev/null");
  LensRun r;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace lens::testing
