// rule_support.hpp — small helpers many DfE rules share: the collection period and rows by child.
//
// The DfE rules speak of "the collection year" (1 April to 31 March, the year ending 31 March
// being ReturnTables::collection_year) and compare a child's rows across tables. These helpers
// say that once. They read the return only; everything is safe to call from parallel rules.
// Add a helper here only when two or more rules need it.
#pragma once

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.hpp"
#include "validation/return_tables.hpp"

namespace lens::validation {

// 1 April of (collection_year - 1) and 31 March of collection_year; nullopt when the return's
// year is unknown (0), so rules that need the period pass rather than guess.
inline OptDate collection_start(const ReturnTables& r) {
  return r.collection_year > 0 ? Date::from_ymd(r.collection_year - 1, 4, 1) : std::nullopt;
}
inline OptDate collection_end(const ReturnTables& r) {
  return r.collection_year > 0 ? Date::from_ymd(r.collection_year, 3, 31) : std::nullopt;
}

// The rows of a table for each LA child id (CHILD or LAchildID), in table order. The views point
// into the table, which must outlive the map.
inline std::unordered_map<std::string_view, std::vector<std::size_t>> rows_by_child(const Table& t) {
  std::unordered_map<std::string_view, std::vector<std::size_t>> out;
  for (std::size_t row = 0; row < t.rows(); ++row) out[t.child(row)].push_back(row);
  return out;
}

}  // namespace lens::validation
