// published_import.hpp — reads the DfE's published tables and turns them into Lens comparator
// rows (comparators.hpp) for the indicators they measure.
//
// Two formats are recognised by their header row:
// - LAIT long CSV (the DfE Local Authority Interactive Tool's "big data sheet": `Short Desc`,
//   `Years`, `LA and Regions`, `Values`, `LA Number`, ...): measure codes such as
//   `CP_conf_15days` map to Lens ids (kLaitMeasures in the .cpp lists them all); its area numbers
//   970-990 are England and the regions.
// - DfE Explore Education Statistics CSVs of the children in need publication (`time_period`,
//   `geographic_level`, ...; tables B1, C1, C4, D3, D5): named columns map to Lens ids, and
//   the share of conferences within 15 working days is computed from C4's duration bands as
//   the DfE does ((0-10 + 11-15 days) / ICPC, one decimal place).
// - The same layout for the children looked after publication's long tables (CLA numbers and
//   rates, placement stability, health outcomes, care leavers' activity and accommodation): a
//   row is a figure when its breakdown columns say which (kEesLongRules in the .cpp).
// Years become Lens periods (2017 = the year ending 31 March 2017 = "2016-17"). Suppressed or
// missing values (c, x, z, u, k, -, empty) are left out, never zero. When several files give
// the same indicator, year and area, the DfE's own EES file wins over LAIT, and a later release
// over an earlier one (a file whose name carries no year is the current release). Anything
// else is a DataError naming the file.
#pragma once

#include <string>
#include <vector>

#include "measures/comparators.hpp"

namespace lens::measures {

struct ImportSummary {
  std::vector<ComparatorRow> rows;  // sorted by indicator (registry order), year, area
  std::vector<std::string> notes;   // one line per file: what was taken from it
};

ImportSummary import_published(const std::vector<std::string>& files);

// Lens's comparator CSV, with a comment naming the files it came from.
void write_comparator_csv(const ImportSummary& summary, const std::vector<std::string>& files, std::ostream& out);

}  // namespace lens::measures
