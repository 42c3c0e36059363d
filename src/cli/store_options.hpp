// store_options.hpp — the `--db FILE | --postgres URL` pair that every command reading or
// writing the store accepts, and opening the store they name.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "store/store.hpp"

namespace lens::cli {

struct StoreOptions {
  std::string db;
  std::string postgres;

  // Adds --db and --postgres to a command; `required` makes one of the two mandatory.
  void add_to(CLI::App& app, bool required);
  bool given() const { return !db.empty() || !postgres.empty(); }
  std::unique_ptr<Store> open() const;  // throws StoreError with a message saying what to do
};

}  // namespace lens::cli
