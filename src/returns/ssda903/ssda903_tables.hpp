// ssda903_tables.hpp — the tables of the SSDA903 return and their columns, as data: what the
// reader recognises a CSV file by (its header row), how it reads each field, and the column
// order the writer uses.
//
// Source: shared/reference/data/ssda903_spec/SSDA903_schema_2017..2024.yml (LIIA's rendering of
// the DfE 903 specification: columns in order, which may be blank, dates as DD/MM/YYYY, code
// lists) and la-agg.yml (the LIIA layout, which adds LA and YEAR columns to every table). The
// SocialWorker table is in the 2024 specification only. Constant data: thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "returns/ssda903/ssda903_codes.hpp"

namespace lens::ssda903 {

enum class Table {
  Header,
  Episodes,
  Reviews,
  Uasc,
  Oc2,
  Oc3,
  Ad1,
  PlacedAdoption,
  PrevPerm,
  Missing,
  SocialWorker,
};
constexpr int kTableCount = 11;

enum class FieldKind {
  Text,         // an identifier or postcode, kept as written (trimmed)
  Date,         // DD/MM/YYYY (also accepted: YYYY-MM-DD)
  PartialDate,  // a date whose day or day and month may be unknown: zz/MM/YYYY, zz/zz/YYYY
  Integer,      // a whole number
  Code,         // one of a code list, upper-cased before checking
};

struct Column {
  std::string_view name;  // as the return spells it: "DECOM"
  FieldKind kind = FieldKind::Text;
  CodeList list = CodeList::YesNo;  // for FieldKind::Code
  bool required = false;  // the specification says it cannot be blank
  bool key = false;       // the record cannot be kept without it (CHILD, the event's date)
};

struct TableSpec {
  Table table;
  std::string_view name;       // "Episodes", as the DfE validator names the table
  std::string_view file_stem;  // "episodes": the writer's file name, without ".csv"
  std::span<const Column> columns;  // in the specification's order
  int first_year = 2017;       // first collection year with the table
};

std::span<const TableSpec> tables();
const TableSpec& spec(Table table);
// The column of `table` called `name` (exact), if any.
const Column* find_column(Table table, std::string_view name);

}  // namespace lens::ssda903
