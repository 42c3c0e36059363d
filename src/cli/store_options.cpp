#include "cli/store_options.hpp"

#include <filesystem>

namespace lens::cli {

void StoreOptions::add_to(CLI::App& app, bool required) {
  auto* db_opt = app.add_option("--db", db, "SQLite store file (created if missing)");
  auto* pg_opt = app.add_option("--postgres", postgres, "PostgreSQL connection URL");
  db_opt->excludes(pg_opt);
  if (required) {
    auto* group = app.add_option_group("store", "where the records are kept");
    group->add_option(db_opt);
    group->add_option(pg_opt);
    group->require_option(1);
  }
}

std::unique_ptr<Store> StoreOptions::open() const {
  if (!postgres.empty()) return open_postgres_store(postgres);
  auto parent = std::filesystem::path(db).parent_path();
  if (!parent.empty() && !std::filesystem::exists(parent))
    throw StoreError("cannot create the store " + db + ": the folder " + parent.string() +
                     " does not exist");
  return open_sqlite_store(db);
}

}  // namespace lens::cli
