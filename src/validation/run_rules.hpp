// run_rules.hpp — runs the DfE validation rules that apply to a return and says what they found.
//
// The rules for the return's kind and collection year (RuleFilter::collection_year, else the
// return's own, else the rules still in force) run in parallel, one rule at a time per thread,
// over the read-only return. Findings come back as Problems (core/problem.hpp) in rule order,
// then in the order each rule found them: the rule's code and message, its severity (queries are
// warnings), the table, the file and line of the row, the LA child id and the affected fields
// (comma-separated in Problem::field). A finding about the return as a whole has no child and
// names the return's first table's file. Thread-safe: no shared state beyond the return.
#pragma once

#include <string>
#include <vector>

#include "core/problem.hpp"
#include "validation/return_tables.hpp"
#include "validation/rule.hpp"

namespace lens::validation {

struct RuleFilter {
  int collection_year = 0;  // 0: the return's own year
  bool errors = true;       // run error rules
  bool warnings = true;     // run query rules
  std::vector<std::string> only;  // rule codes; empty = all
};

// The rules that would run.
std::vector<const Rule*> select_rules(const ReturnTables& r, const RuleFilter& filter = {});

std::vector<Problem> run_rules(const ReturnTables& r, const RuleFilter& filter = {});

// One rule's findings as Problems (used by run_rules and by the rule examples test).
std::vector<Problem> findings_as_problems(const Rule& rule, const ReturnTables& r, const Findings& found);

}  // namespace lens::validation
