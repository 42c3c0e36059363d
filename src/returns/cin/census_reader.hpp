// census_reader.hpp — reads a DfE CIN census XML file into the child journey model, checking
// its structure as it goes.
//
// The census is `Message/Header/Children/Child` (schemas 2017–2024, shared/reference/data/
// cin_census_xsd/). The reader checks what the schema says: required elements present, element
// order not relied on, dates real (2019-02-30 is an error), codes in the code lists
// (cin_codes.hpp), UPN shapes, yes/no values. Every problem names the file, the line, the LA
// child id and the field, in plain words; reading goes on after a problem so one pass reports
// them all. A file that is not well-formed XML (truncated, random bytes, wrong root) is
// `unreadable`: one problem with the parser's line, no children. Empty optional elements
// (`<CINclosureDate/>`) are read as absent; empty required ones are errors. Values are trimmed
// of surrounding whitespace and kept as written even when wrong (an unknown code stays in the
// model), so a report can show them. Unknown elements are warnings and are skipped. Codes are
// accepted if any schema 2017–2024 lists them (cin_codes.hpp); which codes belong to which
// collection year is left to the DfE validation rules. Beyond the schema, Lens requires
// Header/Source/LEA, CollectionDetails/Year and ReferenceDate.
//
// A required date that is missing or wrong is left as Date{} in the model (the problem says so).
// Files are read as UTF-8 (UTF-16 files are converted first); line numbers count '\n'.
//
// Memory: the file's bytes, its line ends (4 bytes a line), the parsed XML tree and the model;
// about 3 times the file's size at the peak. Files of 4 GiB or more are refused.
//
// Children that have problems are still returned (as far as they could be read) so that a
// report can show them; callers that write to the store must refuse the file if
// has_errors(problems). Thread-safe: no shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.hpp"
#include "model/child_journey.hpp"

namespace lens::cin {

class CensusRows;  // census_rows.hpp

// Where the records of a census start in its file (1-based lines, 0 when unknown), in the same
// shape as Census, so that a validation rule run on the model can point at the line it is about.
struct EpisodeLines {
  int episode = 0;  // <CINdetails>
  std::vector<int> assessments, cin_plans, section47s, cp_plans;
};
struct ChildLines {
  int child = 0;  // <Child>
  std::vector<EpisodeLines> episodes;
};
struct CensusLines {
  int header = 0;                   // <Header>
  std::vector<ChildLines> children;  // parallel to Census::children
};

struct CensusFile {
  std::string path;   // as given, used in problems
  Census census;      // header.la is the Source/LEA value
  std::vector<Problem> problems;
  bool unreadable = false;  // not XML, not a CIN census, or could not be opened
  CensusLines lines;        // empty when unreadable
};

// At most this many problems are kept for one file; the rest are counted in one last problem
// ("... and 1,234 more problems"), so a file that is wrong on every line still reads quickly.
inline constexpr std::size_t kMaxProblemsPerFile = 10'000;

// Reads a census from disk.
CensusFile read_census_file(const std::string& path);
// Reads a census already in memory (an upload); `name` is used as the file name in problems.
CensusFile read_census_text(std::string_view xml, const std::string& name);

// The same, also handing every row of the census, as written, to `rows` while the file is read
// (census_rows.hpp: the tables the DfE validation rules read), in one pass. `rows` may be null.
// An unreadable file gives no rows: it is parsed whole before any row is read.
CensusFile read_census_file(const std::string& path, CensusRows* rows);
CensusFile read_census_text(std::string_view xml, const std::string& name, CensusRows* rows);

}  // namespace lens::cin
