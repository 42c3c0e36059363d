// ssda903_reader.hpp — reads an SSDA903 return (children looked after) into the looked-after
// model, checking its structure as it goes.
//
// A 903 return comes as CSV tables (Header, Episodes, Reviews, UASC, OC2, OC3, AD1,
// PlacedAdoption, PrevPerm, Missing and, from 2023-24, SocialWorker: ssda903_tables.hpp), one
// file a table, in any order and under any names — each file is recognised by its header row —
// or as one XML file (root EXPSSDA903, a CHILD element per child holding HEADER and EPISODE
// elements, as the DfE's 903 validator reads it). Paths may be files or folders (every .csv and
// .xml under a folder, sorted by path).
//
// The 903 does not say which authority or year it is: the LA comes from an LA column (the LIIA
// layout) or ReadOptions::la; the collection year from a YEAR column, else a year in the file's
// or its folder's name ("2016-17" or "2017" both mean the year ending 31 March 2017), else
// ReadOptions::collection_year, else the latest event date in the tables (with a warning saying
// so). A file whose name ends "_last" (the validator's name for last year's files), or that is
// in a folder called "last" or "previous", is the year before. So one call can read this year's and last year's files
// together: each (LA, year) becomes its own LookedAfterReturn.
//
// Checks are structural, with file, line, child and field in plain words: header rows, dates
// (DD/MM/YYYY; YYYY-MM-DD also accepted), codes in the year's code lists (upper-cased and
// trimmed first, as the DfE validator does), whole numbers, the same record twice, records of a
// child missing from the Header table. A blank field the specification requires is a warning,
// unless the record cannot be kept without it (the child id, an episode's start, ...): then it
// is an error. A file that cannot be read as a 903 table at all makes the read `unreadable`.
// Callers that write to the store must refuse the read if has_errors(problems). Thread-safe.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.hpp"
#include "model/looked_after.hpp"
#include "returns/ssda903/ssda903_tables.hpp"

namespace lens::ssda903 {

struct ReadOptions {
  std::string la;           // DfE 3-digit LA number, for files without an LA column
  int collection_year = 0;  // for files whose columns and names do not say
  // Whether an authority must be known. Checking files (lens validate) needs none: without
  // one, files that do not say are read under an empty LA instead of being an error.
  bool need_la = true;
  // Whether to keep every row as written (Ssda903Read::records), for the DfE validation rules.
  bool keep_records = false;
};

// One row of one table as written, with the authority and collection year the reader settled
// on for it (ReadOptions::keep_records). Values are trimmed, keyed by the column as the header
// row names it, upper-cased; a CSV file's columns the 903 does not know are kept too (the rules
// read some, such as PL_LA, when a return carries them). The XML's rows carry CHILD (and DOB
// where the table has it), as the CSV tables do.
struct RawRecord {
  Table table = Table::Header;
  std::string file;  // as named
  int line = 0;
  std::string la;    // the row's LA column, else ReadOptions::la
  int year = 0;      // collection year; 0 when it could not be told
  std::map<std::string, std::string, std::less<>> values;
};

struct ReturnRead {
  LookedAfterReturn ret;
  std::vector<std::string> files;  // the files it was read from, as named
  std::string sha256;              // of its content (ssda903_sha256), for the store
};

struct Ssda903Read {
  std::vector<ReturnRead> returns;  // ascending by LA, then collection year
  std::vector<Problem> problems;
  bool unreadable = false;
  std::vector<RawRecord> records;  // with ReadOptions::keep_records, in file order
};

struct InputFile {
  std::string name;  // used in problems
  std::string text;
};

// Reads files and folders from disk.
Ssda903Read read_ssda903(const std::vector<std::string>& paths, const ReadOptions& options = {});
// Reads files already in memory (uploads).
Ssda903Read read_ssda903_files(const std::vector<InputFile>& files, const ReadOptions& options = {});

// The table a CSV header row belongs to (names trimmed, any case; LA and YEAR columns allowed),
// or nullopt when the row is not enough like any 903 table.
std::optional<Table> detect_table(const std::vector<std::string>& header_row);

// "2016-17" for collection year 2017.
std::string collection_year_label(int year);
// The other way: "2016-17" or "2017" -> 2017; 0 when the text is neither.
int parse_collection_year(std::string_view text);

}  // namespace lens::ssda903
