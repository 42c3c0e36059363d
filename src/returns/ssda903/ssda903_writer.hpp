// ssda903_writer.hpp — writes one year's SSDA903 return as its CSV tables.
//
// The tables and their columns are those of the specification (ssda903_tables.hpp), in its
// column order, one file per table named by the table (header.csv, episodes.csv, ...), dates as
// DD/MM/YYYY, yes/no as 1/0, blank for anything not recorded. Every table is written, with only
// its header row if it has no records, except SocialWorker, which is written only for 2023-24
// returns onwards or when a child has social worker episodes. With `la_and_year` the LIIA layout
// is written instead: LA and YEAR columns added to every table, so that the files say which
// authority and year they are and read back without being told. What is written reads back
// through ssda903_reader to the same values. The same input always gives the same bytes.
#pragma once

#include <string>
#include <vector>

#include "model/looked_after.hpp"

namespace lens::ssda903 {

struct WriteOptions {
  bool la_and_year = false;  // add LA and YEAR columns (LIIA layout)
};

struct CsvTableFile {
  std::string file_name;  // "episodes.csv"
  std::string text;
};

std::vector<CsvTableFile> write_ssda903_tables(const LookedAfterReturn& r,
                                                const WriteOptions& options = {});
// Writes the tables into `folder` (created if needed), replacing files of the same names.
// Throws std::runtime_error with a plain message if a file cannot be written.
void write_ssda903(const LookedAfterReturn& r, const std::string& folder,
                   const WriteOptions& options = {});

// SHA-256 of the return's content (its LA, year and tables as written here), so that the same
// return is recognised however its files were named, laid out or ordered.
std::string ssda903_sha256(const LookedAfterReturn& r);

}  // namespace lens::ssda903
