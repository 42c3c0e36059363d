// ssda903_rule_tables.hpp — an SSDA903 return as the DfE validation rules read it: this year's
// tables and, when given, last year's beside them as "<Name>_last" (return_tables.hpp).
//
// Built from the reader's rows as written (ssda903_reader.hpp, ReadOptions::keep_records), so
// the 903 is parsed once, by the reader, whatever its form (CSV tables, folders, XML). One
// return per authority in the read: its year is `year` when given (the year ending 31 March),
// else the latest year among its rows; rows of the year before are last year's; rows of other
// years are left out (other_years says how many). Each table holds the 903 columns in the
// specification's order, then any other columns its files carried (as PL_LA); tables the files
// do not have are absent (read as empty). A table's file is the file of its first row.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "returns/ssda903/ssda903_reader.hpp"
#include "validation/return_tables.hpp"

namespace lens::validation {

struct Ssda903ForRules {
  ReturnTables tables;           // kind Ssda903, with la and collection_year
  std::size_t children = 0;      // this year's Header rows
  bool has_last_year = false;    // some "_last" table is present
  std::size_t other_years = 0;   // rows of neither year, not checked
};

// `read` must have been made with ReadOptions::keep_records.
std::vector<Ssda903ForRules> ssda903_for_rules(const ssda903::Ssda903Read& read, int year = 0);

}  // namespace lens::validation
