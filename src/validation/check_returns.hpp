// check_returns.hpp — checks returns without importing them: the readers' structural checks
// and the DfE validation rules, one result per return, for `lens validate` and the web app's
// data page alike.
//
// A CIN census is one file; an SSDA903 return may be several (CSV tables, folders of them, or
// one XML file, with last year's tables beside this year's): its files are read together and
// give one result per authority in them. The return's kind comes from its content; its
// collection year from the return (the census header's Year; the 903's YEAR column, file or
// folder names, else its latest dates) unless CheckOptions::year names one, which then decides
// both which rules apply and the collection period they check against.
//
// Each result lists what was found, as Found: a Problem (core/problem.hpp: the reader's
// structural findings have no rule code; a DfE rule's finding carries the rule's code, message,
// table and fields) and, for a rule's finding about a row, the text each of its fields holds in
// that row, as written. Structural findings come first, then the rules' in rule order.
// CheckOptions::errors / warnings choose what is looked for and listed. Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.hpp"
#include "returns/ssda903/ssda903_reader.hpp"
#include "validation/cin_tables.hpp"
#include "validation/return_tables.hpp"

namespace lens::validation {

struct CheckOptions {
  int year = 0;         // collection year (year ending 31 March, 2026 for 2025-26); 0: the return's
  std::string la;       // DfE LA number of 903 files that do not say
  bool errors = true;   // look for and list errors
  bool warnings = true; // look for and list warnings (the DfE's queries, unknown elements, ...)
};

struct FieldValue {
  std::string field;
  std::string text;  // as written, trimmed; "" when blank
};

struct Found {
  Problem problem;
  std::vector<FieldValue> values;  // for a rule's finding about a row: its fields' text there
};

struct CheckedReturn {
  std::string name;  // the file, or a 903's paths as given, separated by spaces
  ReturnKind kind = ReturnKind::CinCensus;
  bool kind_known = false;  // false when nothing could be read to tell
  int collection_year = 0;  // 0 when it could not be told
  bool year_given = false;  // CheckOptions::year decided it
  std::string la;
  std::size_t children = 0;
  bool unreadable = false;
  bool has_last_year = false;     // a 903 with last year's tables beside it
  std::size_t rules_checked = 0;  // DfE rules that ran
  std::vector<Found> found;

  std::size_t errors() const;
  std::size_t warnings() const;
};

CheckedReturn check_census_file(const std::string& path, const CheckOptions& options);
// A census already read (as an upload that may then be imported): moves its problems out of
// read.file, leaving the census itself.
CheckedReturn check_census(CensusForRules& read, const CheckOptions& options);
CheckedReturn check_census_text(std::string_view xml, const std::string& name, const CheckOptions& options);

// The files of one 903 return (or several authorities' returns): one result per authority.
std::vector<CheckedReturn> check_ssda903_paths(const std::vector<std::string>& paths, const CheckOptions& options);
std::vector<CheckedReturn> check_ssda903_files(const std::vector<ssda903::InputFile>& files,
                                               const CheckOptions& options);

// Checks uploaded files: one CIN census (root <Message>), or the files of one 903 return.
std::vector<CheckedReturn> check_uploads(const std::vector<ssda903::InputFile>& files, const CheckOptions& options);

// The fields a finding names, in order: Problem::field split at its commas ("DECOM,RNE").
std::vector<std::string> fields_of(const Problem& p);

// "2016-17" for 2017.
std::string collection_year_label(int year);
// "CIN census" or "SSDA903".
std::string_view return_kind_name(ReturnKind kind);

}  // namespace lens::validation
