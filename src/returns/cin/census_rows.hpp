// census_rows.hpp — the CIN census as rows of text, the way the DfE's validation rules read it.
//
// The DfE publishes its CIN census rules over the census XML flattened into tables (as the
// sector's validator does): Header, ChildIdentifiers, ChildCharacteristics, Disabilities,
// CINdetails, Assessments, AssessmentFactors, CINplanDates, Section47, ChildProtectionPlans and
// Reviews, with columns named as the elements are. Every row below the header carries the
// child's LAchildID; rows below a CINdetails carry CINdetailsID (the episode's place in its
// child, "1", "2", ...), and assessments, their factors, protection plans and their reviews carry
// AssessmentID or CPPID (the record's place in its episode), so rules can join them.
//
// The census reader (census_reader.hpp) hands these rows to a CensusRows sink as it walks the
// file, in file order, with each cell's text as written (trimmed; "" for a missing or empty
// element) and the 1-based line of the row's element (<CINdetails>, <Disability>, ...). Only the
// first of an element that may appear once is read, as the reader does. Constant data:
// thread-safe.
#pragma once

#include <span>
#include <string_view>

namespace lens::cin {

enum class CensusTable {
  Header,
  ChildIdentifiers,
  ChildCharacteristics,
  Disabilities,
  CINdetails,
  Assessments,
  AssessmentFactors,
  CINplanDates,
  Section47,
  ChildProtectionPlans,
  Reviews,
};
inline constexpr int kCensusTableCount = 11;

struct CensusTableSpec {
  CensusTable table;
  std::string_view name;                     // "CINdetails"
  std::span<const std::string_view> columns;  // in row order
};

// Every table, in CensusTable order.
std::span<const CensusTableSpec> census_tables();
inline const CensusTableSpec& census_table(CensusTable t) { return census_tables()[static_cast<int>(t)]; }

// Receives the census's rows while it is read. `cells` are in the table's column order and
// point into the reader's buffers: copy what you keep before returning.
class CensusRows {
 public:
  virtual ~CensusRows() = default;
  virtual void row(CensusTable table, int line, std::span<const std::string_view> cells) = 0;
};

}  // namespace lens::cin
