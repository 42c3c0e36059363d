// problem.hpp — one thing wrong with an input, said so a person can find and fix it.
//
// Every check in Lens (structure of a return, a DfE validation rule, a bad upload) reports
// Problems. A Problem names where (file and line, 0 when unknown), who (the LA child id, empty
// for file-level problems), what (the field, as the return spells it) and a plain-English
// message. `rule` is empty for structural checks and the DfE rule code for validation rules.
#pragma once

#include <string>
#include <vector>

namespace lens {

enum class Severity { Error, Warning };

struct Problem {
  Severity severity = Severity::Error;
  std::string file;
  int line = 0;
  std::string child;    // LA child id, empty when the problem is not about one child
  std::string field;    // e.g. "CPPstartDate"
  std::string message;  // e.g. "2019-02-30 is not a date"
  std::string rule;     // DfE rule code, empty for structural checks
  std::string table;    // the part of the return: "Header", "Child", "CINdetails", ...
};

// "census-2017.xml:4812: child RND0002: <CPPstartDate> 2019-02-30 is not a date"
std::string to_string(const Problem& p);

inline bool has_errors(const std::vector<Problem>& problems) {
  for (const auto& p : problems)
    if (p.severity == Severity::Error) return true;
  return false;
}

}  // namespace lens
