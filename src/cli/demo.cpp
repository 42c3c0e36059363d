// `lens demo` — a synthetic borough in a store, an `admin` account with a one-off password,
// and the web app, in one command.
#include <fmt/core.h>

#include <filesystem>
#include <memory>

#include "cli/command.hpp"
#include "cli/demo_borough.hpp"
#include "cli/serve_support.hpp"
#include "core/number_format.hpp"
#include "measures/data_files.hpp"
#include "server/web_server.hpp"

namespace lens::cli {
namespace {

struct DemoOptions {
  std::string db = "var/demo.db";
  int children = 3000;
};

void add_demo_organisations(Store& store) {
  auto& accounts = store.accounts();
  auto has = [&](const std::string& name) {
    for (const auto& o : accounts.organisations())
      if (o.name == name) return true;
    return false;
  };
  if (!has("Barking and Dagenham children's social care"))
    accounts.add_organisation(
        {0, "Barking and Dagenham children's social care", "council_csc", "301"});
  if (!has("Metropolitan Police, East Area BCU"))
    accounts.add_organisation({0, "Metropolitan Police, East Area BCU", "police", ""});
}

CommandRegistration demo_command{
    "demo", "Generate a synthetic borough and serve the web app over it",
    [](CLI::App& app) -> Runner {
      auto d = std::make_shared<DemoOptions>();
      auto o = std::make_shared<ServeOptions>();
      app.add_option("--db", d->db, "SQLite store for the demo (made if missing)")
          ->capture_default_str();
      app.add_option("--children", d->children, "Children in the synthetic borough")
          ->capture_default_str();
      o->add_to(app);
      return [d, o]() -> int {
        // The demo rates its dashboard against the example targets unless given others.
        if (o->targets.empty()) o->targets = measures::data_path("targets/example.csv");
        namespace fs = std::filesystem;
        fs::path parent = fs::path(d->db).parent_path();
        if (!parent.empty()) fs::create_directories(parent);
        auto store = open_sqlite_store(d->db);
        if (store->count_children("") == 0) {
          fmt::print("Generating a synthetic borough of {} children into {} ...\n",
                     with_thousands(d->children), d->db);
          const DemoBorough borough = demo_borough(d->children, 20170331);
          import_demo_borough(*store, borough);
          store->audit().append({"lens demo", "", "census.import", "la/301", "",
                                 fmt::format("ok: {} censuses, {} children in the latest",
                                             borough.censuses.size(), borough.censuses.back().children.size())});
        }
        add_demo_organisations(*store);
        std::string password = server::reset_admin(*store, "lens demo");
        store.reset();
        std::string db = d->db;
        return serve_until_signal(
            *o, [db] { return open_sqlite_store(db); },
            [&](const std::string& url) {
              fmt::print("Lens demo is running.\n  URL:       {}\n  User name: admin\n  "
                         "Password:  {}  (one-off: you will choose your own)\nCtrl-C stops it.\n",
                         url, password);
            });
      };
    }};

}  // namespace
}  // namespace lens::cli
