// return_tables.hpp — a return as the DfE validation rules see it: named tables of text cells.
//
// The DfE publishes its rules over the return's tables and columns as the collection names them
// (903: Header, Episodes, Reviews, ... with CHILD, DECOM, RNE; CIN census: the XML flattened
// into Header, ChildIdentifiers, ChildCharacteristics, Disabilities, CINdetails, Assessments,
// CINplanDates, Section47, ChildProtectionPlans, Reviews, with LAchildID and element names). The
// rules read the text as written, so that "not a valid date" and "not a valid code" can be said
// about a value the structural reader could not keep. Last year's return, when given, sits beside
// this year's under the same names with "_last" appended ("Episodes_last", "Header_last").
//
// A Table keeps all its text in one buffer (two numbers a cell), trimmed of surrounding spaces.
// Dates are parsed once per column on first use (DD/MM/YYYY as the 903 writes them, or
// YYYY-MM-DD as the CIN census does), safely from several threads. A column a table does not
// have reads as blank, and a table the return does not have reads as empty, so a rule never needs
// to ask first. Tables are read-only once built; everything const is thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace lens::validation {

enum class ReturnKind { CinCensus, Ssda903 };

class Table {
 public:
  Table() = default;
  Table(std::string name, std::string file, std::vector<std::string> columns);
  Table(Table&&) noexcept;
  Table& operator=(Table&&) noexcept;
  ~Table();

  const std::string& name() const { return name_; }  // "Episodes", "Episodes_last"
  const std::string& file() const { return file_; }  // for findings
  const std::vector<std::string>& columns() const { return columns_; }
  std::size_t rows() const { return lines_.size(); }

  // Adds a row; `cells` are in column order (missing trailing cells are blank, extra ones are
  // dropped). `line` is where the row is in its file (1-based), for findings.
  void add_row(int line, const std::vector<std::string_view>& cells);

  // The index of a column (exact name), or -1 when the table has no such column.
  int column(std::string_view name) const;
  int line(std::size_t row) const { return lines_[row]; }
  // The cell's text, trimmed; "" for column -1. Inline: rules call it for every cell they read.
  std::string_view text(std::size_t row, int column) const {
    if (column < 0) return {};
    const std::size_t i = row * columns_.size() + static_cast<std::size_t>(column);
    return std::string_view(text_.data() + begin_[i], size_[i]);
  }
  bool blank(std::size_t row, int column) const { return text(row, column).empty(); }
  // The cell as a date; nullopt when blank or not a real date.
  OptDate date(std::size_t row, int column) const;
  // The LA child id of the row (CHILD in the 903, LAchildID in the CIN census); "" if none.
  std::string_view child(std::size_t row) const { return text(row, child_column_); }

 private:
  struct DateColumn;
  const std::vector<std::int32_t>& dates(int column) const;

  std::string name_, file_;
  std::vector<std::string> columns_;
  int child_column_ = -1;
  std::string text_;
  std::vector<std::uint64_t> begin_;  // row-major: rows * columns
  std::vector<std::uint32_t> size_;
  std::vector<int> lines_;
  mutable std::unique_ptr<DateColumn[]> dates_;  // one per column, filled on first use
};

// Reads "DD/MM/YYYY" or "YYYY-MM-DD" (strictly: real dates, two-digit day and month).
OptDate parse_return_date(std::string_view text);

class ReturnTables {
 public:
  ReturnKind kind = ReturnKind::Ssda903;
  int collection_year = 0;  // year ending 31 March: 2025 is 2024-25; 0 when unknown
  std::string la;           // DfE 3-digit LA number, "" when unknown

  Table& add(Table table);
  // The table of that name, or an empty one when the return has none.
  const Table& table(std::string_view name) const;
  bool has(std::string_view name) const;
  const std::vector<Table>& tables() const { return tables_; }

 private:
  std::vector<Table> tables_;
};

// Builds a return from text, the way rule examples (rule.hpp) are written:
//
//   year 2024                 <- optional: the collection year
//   la 301                    <- optional: the authority's DfE number
//   --- Episodes              <- a table: its name, then CSV with a header row
//   CHILD,DECOM,RNE
//   1,01/04/2023,S
//   ! 2,01/04/2023,X          <- "!" marks a row the rule must flag
//   ! return                  <- the rule must flag the return as a whole
//
// Blank lines and lines starting with "#" are ignored. `marked` receives (table name, row)
// for each "!" row and ("", 0) for "! return". Throws std::invalid_argument on malformed text.
struct MarkedRow {
  std::string table;
  std::size_t row = 0;
  auto operator<=>(const MarkedRow&) const = default;
};
ReturnTables tables_from_text(ReturnKind kind, std::string_view text, std::vector<MarkedRow>* marked = nullptr);

}  // namespace lens::validation
