// looked_after_tables.hpp — how a looked-after child's 903 records map to the store's tables,
// for every backend (the same pattern as journey_tables.hpp for the CIN census).
//
// The store keeps each collection year's 903 return as it came, since a return carries one
// year only: a child of one year's return becomes rows of eleven tables (migrations.cpp,
// version 3), each keyed by la, child_id, collection_year and the record's position. flatten()
// turns one year's child into those rows, parents before children; records that describe one
// year (UASC, OC2, OC3, AD1, previous permanence) are stored under the return's year, whatever
// their own `year` says. assemble() turns key-ordered scans of the eleven tables back into
// children, one child at a time, merging the child's years into one history (merge_years), so
// reading never holds more than one child. Values travel as text, as in journey_tables.
#pragma once

#include <array>
#include <functional>
#include <string>

#include "model/looked_after.hpp"
#include "store/journey_tables.hpp"

namespace lens::looked_after_tables {

enum Table {
  kChild,
  kEpisode,
  kReview,
  kMissing,
  kUasc,
  kHealth,
  kCareLeaver,
  kAdoption,
  kPlacedAdoption,
  kPreviousPermanence,
  kSocialWorker,
  kTableCount
};

using journey_tables::Cursor;
using journey_tables::Row;
using journey_tables::TableSpec;
using journey_tables::Value;

const TableSpec& spec(Table t);

void flatten(const std::string& la, int collection_year, const LookedAfterChild& child,
             const std::function<void(Table, const Row&)>& sink);

// Reads children from one cursor per table (in Table order, each ordered by its TableSpec::order)
// until the child cursor ends, each child merged across the years it has rows for.
// Throws StoreError if a row refers to a child-year that is not there.
void assemble(const std::array<Cursor*, kTableCount>& cursors,
              const std::function<void(LookedAfterChild&&)>& visit);

}  // namespace lens::looked_after_tables
