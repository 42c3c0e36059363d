// journey_tables.hpp — how a child's journey maps to the store's tables, for every backend.
//
// A Child becomes rows of nine tables (migrations.cpp, version 1), each keyed by la, child_id
// and the positions of the record in its parents. flatten() turns a child into those rows,
// parents before children; assemble() turns key-ordered scans of the nine tables back into
// children, one child at a time, so reading never holds more than one child. Values travel as
// text (NULL as nullopt): dates as YYYY-MM-DD, integers and yes/no as decimal digits — the form
// both SQLite and PostgreSQL accept for their column types.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/child_journey.hpp"

namespace lens::journey_tables {

enum Table {
  kChild,
  kDisability,
  kEpisode,
  kAssessment,
  kFactor,
  kCinPlan,
  kSection47,
  kCpPlan,
  kReview,
  kTableCount
};

struct TableSpec {
  const char* name;
  std::vector<const char*> columns;  // la and child_id first, then the rest of the key
  const char* order;                 // the primary key, for ORDER BY
};
const TableSpec& spec(Table t);

using Value = std::optional<std::string>;
using Row = std::vector<Value>;

void flatten(const std::string& la, const Child& child,
             const std::function<void(Table, const Row&)>& sink);

// A scan of one table in key order, positioned on its current row.
class Cursor {
 public:
  virtual ~Cursor() = default;
  virtual bool valid() const = 0;
  virtual Value get(int column) const = 0;
  virtual void next() = 0;
};

// Reads children from one cursor per table (in Table order) until the child cursor ends.
// Throws StoreError if a row refers to a parent that is not there.
void assemble(const std::array<Cursor*, kTableCount>& cursors,
              const std::function<void(Child&&)>& visit);

}  // namespace lens::journey_tables
