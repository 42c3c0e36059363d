// csv.hpp — reads and writes CSV (RFC 4180: quoted fields may hold commas, quotes and line
// breaks), for the data files Lens ships and the published tables it imports.
//
// CsvReader streams one record at a time and knows the line each record started on, so errors
// can say "population.csv:12: ...". Lines starting with '#' before the header are comments
// (Lens's own data files cite their source there). A UTF-8 byte-order mark is skipped.
#pragma once

#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lens::measures {

class CsvReader {
 public:
  explicit CsvReader(std::istream& in) : in_(in) {}
  // Reads the next record into `fields`; false at end of input.
  bool next(std::vector<std::string>& fields);
  int line() const { return record_line_; }  // line the last record started on (1-based)

 private:
  std::istream& in_;
  int line_ = 1;
  int record_line_ = 0;
  bool started_ = false;
};

// A header row turned into column positions.
class CsvHeader {
 public:
  CsvHeader() = default;
  explicit CsvHeader(std::vector<std::string> names) : names_(std::move(names)) {}
  std::optional<std::size_t> find(std::string_view name) const;
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;
};

// Quotes a field when it needs it.
std::string csv_field(std::string_view value);
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace lens::measures
