// rule.hpp — one DfE validation rule: what the DfE says about it, the check, and its examples.
//
// Each rule is one small file (src/validation/cin/rule_1103.cpp, src/validation/ssda903/
// rule_103.cpp) holding a check function and a static RuleRegistration: the rule's code, message,
// tables and affected fields exactly as the DfE publishes them (shared/reference/data/
// validator_rules/), whether it is an error or a query (a warning: codes ending in "Q" for the
// CIN census), the collection years it applies to, and examples. The examples are the rule's
// tests: small returns written as text (return_tables.hpp, tables_from_text) with the rows the
// rule must flag marked "!"; rule_examples_test.cpp runs every rule on its examples and requires
// at least one flagged and one unflagged row. To add a rule, copy a neighbour.
//
// A check reads the return (ReturnTables) and flags rows through Findings; it must not keep
// state between calls, because rules run in parallel on the same return.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/problem.hpp"
#include "validation/return_tables.hpp"

namespace lens::validation {

// What a rule found. A finding names a row of a table (or the return as a whole) and the
// fields at fault (the rule's own affected fields unless the check says otherwise).
struct Finding {
  const Table* table = nullptr;  // nullptr: the return as a whole
  std::size_t row = 0;
  std::string fields;  // comma-separated; empty = the rule's fields
};

class Findings {
 public:
  void flag(const Table& table, std::size_t row, std::string_view fields = {}) {
    found_.push_back({&table, row, std::string(fields)});
  }
  void flag_return(std::string_view fields = {}) { found_.push_back({nullptr, 0, std::string(fields)}); }
  const std::vector<Finding>& all() const { return found_; }

 private:
  std::vector<Finding> found_;
};

struct Rule {
  ReturnKind kind = ReturnKind::Ssda903;
  std::string_view code;     // "1103", "8535Q", "205A"
  Severity severity = Severity::Error;  // Warning for query rules
  std::string_view message;  // as the DfE words it
  std::string_view tables;   // as published: "Episodes,Header"
  std::string_view fields;   // as published: "DECOM,RNE"
  int from_year = 0;  // first collection year it applies to (year ending 31 March); 0 = always
  int to_year = 0;    // last collection year; 0 = still in force
  void (*check)(const ReturnTables&, Findings&) = nullptr;
  std::vector<std::string_view> examples;  // see tables_from_text

  bool applies_to(int collection_year) const {
    if (collection_year == 0) return to_year == 0;
    return (from_year == 0 || collection_year >= from_year) && (to_year == 0 || collection_year <= to_year);
  }
};

struct RuleRegistration {
  explicit RuleRegistration(Rule rule);
};

// Every registered rule, ordered by return, then code as people sort them (numbers first by
// value: 101 < 1000 < 1103; then letters: 205A < 205B).
const std::vector<Rule>& all_rules();
// The rule with that code for that return, or nullptr.
const Rule* find_rule(ReturnKind kind, std::string_view code);

}  // namespace lens::validation
