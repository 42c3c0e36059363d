// serve_support.hpp — what `lens serve` and `lens demo` share: the listening options and
// running the server until Ctrl-C or SIGTERM.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>

#include "store/store.hpp"

namespace lens::cli {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string tls_cert, tls_key, web_root;
  std::string targets;  // the partnership's targets CSV (measures/targets.hpp); empty: no RAG
  void add_to(CLI::App& app);
};

// Serves until SIGINT or SIGTERM; `on_ready(url)` runs once the port is bound. Refuses plain
// HTTP on a non-loopback address. Returns the exit code.
int serve_until_signal(const ServeOptions& o, std::function<std::unique_ptr<Store>()> open_store,
                       const std::function<void(const std::string& url)>& on_ready);

}  // namespace lens::cli
