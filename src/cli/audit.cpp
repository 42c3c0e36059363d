// `lens audit verify` — proves the audit log's hash chain intact (store/audit_log.hpp).
#include <fmt/core.h>

#include <memory>

#include "cli/command.hpp"
#include "cli/store_options.hpp"
#include "core/number_format.hpp"

namespace lens::cli {
namespace {

CommandRegistration audit_command{
    "audit", "Check the audit log", [](CLI::App& app) -> Runner {
      app.require_subcommand(1);
      auto store = std::make_shared<StoreOptions>();
      CLI::App* verify = app.add_subcommand(
          "verify", "Prove the audit log's hash chain intact (exit 0), or say where it is broken "
                    "(exit 1)");
      store->add_to(*verify, true);
      return [store, verify]() -> int {
        if (!verify->parsed()) return 2;
        auto s = store->open();
        auto v = verify_audit_chain(s->audit());
        if (!v.intact) {
          fmt::print(stderr,
                     "lens: the audit log is broken at {}.\n"
                     "{} entries before it are intact; the last intact hash is {}.\n",
                     v.problem, with_thousands(v.entries), v.last_hash);
          return 1;
        }
        fmt::print("audit log intact: {} entries; last hash {}\n", with_thousands(v.entries),
                   v.last_hash);
        fmt::print("Keep this line: a later check that finds fewer entries or another hash at "
                   "entry {} shows the log was cut short.\n",
                   with_thousands(v.entries));
        return 0;
      };
    }};

}  // namespace
}  // namespace lens::cli
