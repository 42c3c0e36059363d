// report.hpp — what checking returns found (check_returns.hpp), said for people and for tools:
// grouped by rule with counts, then each finding with its file, line, child and fields; as JSON
// and CSV for tools; as an XLSX workbook for analysts (report_xlsx.cpp). `lens validate` prints
// these and the web app's data page shows the same groups.
//
// Groups come in this order: the structural checks (no rule code; errors, then warnings), then
// the DfE rules' errors, then their warnings (queries), each in rule order (rule.hpp). Counts
// are written with thousands separators. Pure functions of the results: thread-safe.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "validation/check_returns.hpp"

namespace lens::validation {

struct RuleGroup {
  std::string rule;      // DfE code; "" for the structural checks
  Severity severity = Severity::Error;
  std::string message;   // the rule's message, or what the structural checks are
  std::string table;     // the rule's tables and fields, as published ("" for structure)
  std::string fields;
  std::vector<const Found*> found;  // in the order found
};

// The findings of one return, grouped.
std::vector<RuleGroup> group_by_rule(const CheckedReturn& r);

// "error" or "warning", as the reports write a severity.
const char* severity_name(Severity s);
// "4,120 children, 2 errors, 1 warning" / "3 children, no problems"
std::string summary(const CheckedReturn& r);
// "CIN census 2016-17 (from the file), LA 301: 97 DfE rules checked"
std::string detected(const CheckedReturn& r);
// A finding's place and fields for people: "census.xml:56: child C1: <CPPstartDate> 2019-02-30"
// for a rule's finding (the fields with their text as written), to_string(problem) for a
// structural one.
std::string finding_line(const Found& f);
// "CPPstartDate=2019-02-30; CPPendDate=" — the values as one cell, for CSV and XLSX.
std::string values_text(const Found& f);

void write_table(std::ostream& out, const std::vector<CheckedReturn>& results);
// A list of findings, each {rule, severity, file, line, child, table, fields, message, values}:
// rule, line, child and table null when they do not apply; fields a list; values an object.
void write_json(std::ostream& out, const std::vector<CheckedReturn>& results);
// RFC 4180, CRLF; header rule,severity,file,line,child,table,fields,message,values.
void write_csv(std::ostream& out, const std::vector<CheckedReturn>& results);
// Sheets "By rule" (one row a rule per return, with counts), "Findings" (one row a finding) and
// "Returns" (what each return was taken to be); headers frozen, autofilter on. Throws
// std::runtime_error when the file cannot be written.
void write_xlsx(const std::string& path, const std::vector<CheckedReturn>& results);

}  // namespace lens::validation
