// `lens serve` — the web app and API over a store. Plain HTTP only on loopback; anything else
// needs --tls-cert and --tls-key (or a TLS proxy in front, on loopback).
#include <fmt/core.h>

#include <memory>

#include "cli/command.hpp"
#include "cli/serve_support.hpp"
#include "cli/store_options.hpp"
#include "server/web_server.hpp"

namespace lens::cli {
namespace {

CommandRegistration serve_command{
    "serve", "Serve the web app and API over a store", [](CLI::App& app) -> Runner {
      auto store = std::make_shared<StoreOptions>();
      auto o = std::make_shared<ServeOptions>();
      store->add_to(app, true);
      o->add_to(app);
      return [store, o]() -> int {
        auto s = store->open();
        if (server::has_no_users(*s)) {
          std::string password = server::reset_admin(*s, "lens serve");
          fmt::print("This store had no users: made `admin` with the one-off password {}\n",
                     password);
        }
        s.reset();
        StoreOptions where = *store;
        return serve_until_signal(*o, [where] { return where.open(); }, nullptr);
      };
    }};

}  // namespace
}  // namespace lens::cli
