#include "validation/report.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "core/number_format.hpp"
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

std::string counted(std::size_t n, const char* one, const char* many) {
  return with_thousands(static_cast<std::int64_t>(n)) + " " + (n == 1 ? one : many);
}

// RFC 4180: quote a value that holds a comma, a quote or a line break; double its quotes.
std::string csv_value(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

constexpr const char* kStructureErrors = "the file's structure: elements, dates and codes as the schema requires them";
constexpr const char* kStructureWarnings = "the file's structure: elements and columns Lens does not know, and other notes";

}  // namespace

const char* severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }

std::vector<RuleGroup> group_by_rule(const CheckedReturn& r) {
  // Sort key: structure first (errors, then warnings), then rule errors, then rule warnings,
  // each in rule order.
  std::map<std::string_view, std::size_t> order;
  for (const Rule& rule : all_rules())
    if (rule.kind == r.kind) order.emplace(rule.code, order.size());
  std::map<std::tuple<int, std::size_t, std::string>, RuleGroup> groups;
  for (const Found& f : r.found) {
    const Problem& p = f.problem;
    const bool error = p.severity == Severity::Error;
    const bool structural = p.rule.empty();
    auto at = order.find(p.rule);
    std::size_t position = at == order.end() ? order.size() : at->second;
    auto key = std::tuple(structural ? (error ? 0 : 1) : (error ? 2 : 3), structural ? 0 : position, p.rule);
    RuleGroup& g = groups[key];
    if (g.found.empty()) {
      g.rule = p.rule;
      g.severity = p.severity;
      if (structural) {
        g.message = error ? kStructureErrors : kStructureWarnings;
      } else {
        g.message = p.message;
        if (const Rule* rule = find_rule(r.kind, p.rule)) {
          g.table = std::string(rule->tables);
          g.fields = std::string(rule->fields);
        }
      }
    }
    g.found.push_back(&f);
  }
  std::vector<RuleGroup> out;
  out.reserve(groups.size());
  for (auto& [key, g] : groups) out.push_back(std::move(g));
  return out;
}

std::string summary(const CheckedReturn& r) {
  std::size_t errors = r.errors(), warnings = r.warnings();
  std::string found = errors + warnings == 0 ? "no problems"
                      : warnings == 0        ? counted(errors, "error", "errors")
                      : errors == 0          ? counted(warnings, "warning", "warnings")
                                             : counted(errors, "error", "errors") + ", " +
                                                  counted(warnings, "warning", "warnings");
  return counted(r.children, "child", "children") + ", " + found;
}

std::string detected(const CheckedReturn& r) {
  std::string out(return_kind_name(r.kind));
  if (r.collection_year > 0) {
    const char* source = r.year_given                        ? "the year asked for"
                         : r.kind == ReturnKind::CinCensus ? "from the file's header"
                                                           : "from the files";
    out += " " + collection_year_label(r.collection_year) + " (" + source + ")";
  } else {
    out += " of a collection year that could not be told";
  }
  if (r.has_last_year) out += ", with last year's tables";
  if (!r.la.empty()) out += ", LA " + r.la;
  return out + ": " + counted(r.rules_checked, "DfE rule", "DfE rules") + " checked";
}

std::string finding_line(const Found& f) {
  const Problem& p = f.problem;
  if (p.rule.empty()) return to_string(p);
  std::string out = p.file;
  if (p.line > 0) out += ":" + std::to_string(p.line);
  out += ": ";
  if (!p.child.empty()) out += "child " + p.child + ": ";
  if (p.line == 0) out += "the return as a whole: ";
  std::string fields;
  std::vector<std::string> names = fields_of(p);
  for (const std::string& name : names) {
    fields += fields.empty() ? "" : ", ";
    auto v = std::find_if(f.values.begin(), f.values.end(), [&](const FieldValue& x) { return x.field == name; });
    fields += "<" + name + ">";
    if (v != f.values.end()) fields += v->text.empty() ? " blank" : " " + v->text;
  }
  return out + fields;
}

std::string values_text(const Found& f) {
  std::string out;
  for (const auto& v : f.values) out += (out.empty() ? "" : "; ") + v.field + "=" + v.text;
  return out;
}

void write_table(std::ostream& out, const std::vector<CheckedReturn>& results) {
  std::size_t clean = 0, with_errors = 0, unreadable = 0;
  for (const CheckedReturn& r : results) {
    if (r.unreadable) {
      ++unreadable;
      out << r.name << ": unreadable\n";
      for (const auto& f : r.found) out << to_string(f.problem) << "\n";
      continue;
    }
    (r.errors() > 0 ? with_errors : clean)++;
    out << r.name << ": " << summary(r) << "\n";
    out << "  " << detected(r) << "\n";
    std::vector<RuleGroup> groups = group_by_rule(r);
    if (groups.empty()) continue;
    // The groups as a table: code, severity, count, message.
    std::size_t code_width = 4, count_width = 5;
    for (const auto& g : groups) {
      code_width = std::max(code_width, g.rule.empty() ? std::size_t{9} : g.rule.size());
      count_width = std::max(count_width, with_thousands(static_cast<std::int64_t>(g.found.size())).size());
    }
    out << fmt::format("  {:<{}}  {:<8}  {:>{}}  {}\n", "rule", code_width, "severity", "found", count_width, "message");
    for (const auto& g : groups)
      out << fmt::format("  {:<{}}  {:<8}  {:>{}}  {}\n", g.rule.empty() ? "structure" : g.rule, code_width,
                         severity_name(g.severity), with_thousands(static_cast<std::int64_t>(g.found.size())),
                         count_width, g.message);
    // Then each group's findings: where, which child, which fields.
    for (const auto& g : groups) {
      if (g.rule.empty())
        out << "\nstructure (" << severity_name(g.severity) << "s):\n";
      else
        out << "\nrule " << g.rule << " (" << severity_name(g.severity) << "): " << g.message
            << (g.fields.empty() ? "" : " [" + g.table + ": " + g.fields + "]") << "\n";
      for (const Found* f : g.found) out << "  " << finding_line(*f) << "\n";
    }
    out << "\n";
  }
  if (results.size() > 1)
    out << counted(results.size(), "file", "files") << ": " << with_thousands(static_cast<std::int64_t>(clean))
        << " clean, " << with_thousands(static_cast<std::int64_t>(with_errors)) << " with errors, "
        << with_thousands(static_cast<std::int64_t>(unreadable)) << " unreadable\n";
}

void write_json(std::ostream& out, const std::vector<CheckedReturn>& results) {
  using json = nlohmann::ordered_json;
  auto or_null = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
  json findings = json::array();
  for (const CheckedReturn& r : results)
    for (const Found& f : r.found) {
      const Problem& p = f.problem;
      json values = json::object();
      for (const auto& v : f.values) values[v.field] = v.text;
      findings.push_back({{"rule", or_null(p.rule)},
                          {"severity", severity_name(p.severity)},
                          {"file", p.file},
                          {"line", p.line > 0 ? json(p.line) : json(nullptr)},
                          {"child", or_null(p.child)},
                          {"table", or_null(p.table)},
                          {"fields", fields_of(p)},
                          {"message", p.message},
                          {"values", std::move(values)}});
    }
  // Values come from files people made; replace bytes that are not UTF-8 rather than fail.
  out << findings.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

void write_csv(std::ostream& out, const std::vector<CheckedReturn>& results) {
  out << "rule,severity,file,line,child,table,fields,message,values\r\n";
  for (const CheckedReturn& r : results)
    for (const Found& f : r.found) {
      const Problem& p = f.problem;
      std::string fields;
      for (const auto& name : fields_of(p)) fields += (fields.empty() ? "" : ";") + name;
      out << csv_value(p.rule) << ',' << severity_name(p.severity) << ',' << csv_value(p.file) << ','
          << (p.line > 0 ? std::to_string(p.line) : "") << ',' << csv_value(p.child) << ',' << csv_value(p.table)
          << ',' << csv_value(fields) << ',' << csv_value(p.message) << ',' << csv_value(values_text(f)) << "\r\n";
    }
}

}  // namespace lens::validation
