// census_reader.hpp — reads a DfE CIN census XML file into the child journey model, checking
// its structure as it goes.
//
// The census is `Message/Header/Children/Child` (schemas 2017–2024, shared/reference/data/
// cin_census_xsd/). The reader checks what the schema says: required elements present, element
// order not relied on, dates real (2019-02-30 is an error), codes in the code lists
// (cin_codes.hpp), UPN shapes, yes/no values. Every problem names the file, the line, the LA
// child id and the field, in plain words; reading goes on after a problem so one pass reports
// them all. A file that is not well-formed XML (truncated, random bytes, wrong root) is
// `unreadable`: one problem with the parser's line, no children.
//
// Children that have problems are still returned (as far as they could be read) so that a
// report can show them; callers that write to the store must refuse the file if
// has_errors(problems). Thread-safe: no shared state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/problem.hpp"
#include "model/child_journey.hpp"

namespace lens::cin {

struct CensusFile {
  std::string path;   // as given, used in problems
  Census census;      // header.la is the Source/LEA value
  std::vector<Problem> problems;
  bool unreadable = false;  // not XML, not a CIN census, or could not be opened
};

// Reads a census from disk.
CensusFile read_census_file(const std::string& path);
// Reads a census already in memory (an upload); `name` is used as the file name in problems.
CensusFile read_census_text(std::string_view xml, const std::string& name);

}  // namespace lens::cin
