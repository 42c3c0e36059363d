#include "validation/check_returns.hpp"

#include <optional>
#include <unordered_map>

#include "validation/run_rules.hpp"
#include "validation/ssda903_rule_tables.hpp"

namespace lens::validation {
namespace {

bool wanted(const CheckOptions& o, Severity s) { return s == Severity::Error ? o.errors : o.warnings; }

void add_structural(CheckedReturn& out, std::vector<Problem> problems, const CheckOptions& options) {
  for (auto& p : problems)
    if (wanted(options, p.severity)) out.found.push_back({std::move(p), {}});
}

// A rule's fields may be columns of other tables than the row it flags (1103 flags an
// Assessments row for its start date and the episode's CINreferralDate). Such a field's text is
// looked for in the rows the flagged row belongs to: its protection plan or assessment (the same
// LAchildID, CINdetailsID and CPPID or AssessmentID), its episode's CINdetails row, then the
// child's row of ChildIdentifiers, ChildCharacteristics or (903) Header, then the census Header's
// one row (ReferenceDate). Indexes are made on first need.
class RelatedRows {
 public:
  explicit RelatedRows(const ReturnTables& r) : r_(r) {}

  std::optional<std::string_view> text(const Table& t, std::size_t row, std::string_view field) {
    struct Parent {
      const char* table;
      std::vector<const char*> keys;
    };
    static const Parent kParents[] = {{"ChildProtectionPlans", {"LAchildID", "CINdetailsID", "CPPID"}},
                                      {"Assessments", {"LAchildID", "CINdetailsID", "AssessmentID"}},
                                      {"CINdetails", {"LAchildID", "CINdetailsID"}},
                                      {"ChildIdentifiers", {"LAchildID"}},
                                      {"ChildCharacteristics", {"LAchildID"}},
                                      {"Header", {"CHILD"}},
                                      {"Header", {}}};
    for (const Parent& parent : kParents) {
      const Table& other = r_.table(parent.table);
      const int c = other.column(field);
      if (&other == &t || c < 0 || other.rows() == 0) continue;
      // Only the census Header, which has no child column, is one row for every child.
      if (parent.keys.empty() && (other.column("CHILD") >= 0 || other.column("LAchildID") >= 0)) continue;
      bool keyed = true;
      for (const char* k : parent.keys) keyed = keyed && t.column(k) >= 0 && other.column(k) >= 0;
      if (!keyed) continue;
      if (parent.keys.empty()) return other.text(0, c);  // the census header: one row
      auto& index = indexes_[std::string(parent.table) + "/" + std::to_string(parent.keys.size())];
      if (index.empty())
        for (std::size_t o = other.rows(); o-- > 0;) index[key(other, o, parent.keys)] = o;  // first row wins
      if (auto it = index.find(key(t, row, parent.keys)); it != index.end()) return other.text(it->second, c);
    }
    return std::nullopt;
  }

 private:
  static std::string key(const Table& t, std::size_t row, const std::vector<const char*>& columns) {
    std::string out;
    for (const char* c : columns) out.append(t.text(row, t.column(c))).push_back('\n');
    return out;
  }
  const ReturnTables& r_;
  std::unordered_map<std::string, std::unordered_map<std::string, std::size_t>> indexes_;
};

// Runs the rules on a readable return and adds their findings, each with its fields' text.
void add_rules(CheckedReturn& out, const ReturnTables& tables, const CheckOptions& options) {
  RuleFilter filter;
  filter.collection_year = tables.collection_year;
  filter.errors = options.errors;
  filter.warnings = options.warnings;
  out.rules_checked = select_rules(tables, filter).size();
  std::vector<Problem> problems = run_rules(tables, filter);
  // A finding names its row by table and line; each table's rows by line are indexed once, for
  // the tables that have findings.
  std::unordered_map<std::string, std::unordered_map<int, std::size_t>> rows_by_line;
  RelatedRows related(tables);
  out.found.reserve(out.found.size() + problems.size());
  for (auto& p : problems) {
    Found f{std::move(p), {}};
    if (f.problem.line > 0 && !f.problem.table.empty() && tables.has(f.problem.table)) {
      const Table& t = tables.table(f.problem.table);
      auto [it, fresh] = rows_by_line.try_emplace(f.problem.table);
      if (fresh)
        for (std::size_t row = t.rows(); row-- > 0;) it->second[t.line(row)] = row;  // first row of a line wins
      if (auto row = it->second.find(f.problem.line); row != it->second.end())
        for (const std::string& field : fields_of(f.problem)) {
          if (int c = t.column(field); c >= 0)
            f.values.push_back({field, std::string(t.text(row->second, c))});
          else if (auto text = related.text(t, row->second, field))
            f.values.push_back({field, std::string(*text)});
        }
    }
    out.found.push_back(std::move(f));
  }
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : " ") + n;
  return out;
}

}  // namespace

CheckedReturn check_census(CensusForRules& read, const CheckOptions& options) {
  CheckedReturn out;
  out.name = read.file.path;
  out.kind = ReturnKind::CinCensus;
  out.kind_known = !read.file.unreadable;
  out.unreadable = read.file.unreadable;
  out.children = read.file.census.children.size();
  if (options.year) read.tables.collection_year = options.year;
  out.collection_year = read.tables.collection_year;
  out.year_given = options.year != 0;
  out.la = read.tables.la;
  add_structural(out, std::move(read.file.problems), options);
  if (!out.unreadable) add_rules(out, read.tables, options);
  return out;
}

namespace {

std::vector<CheckedReturn> checked_ssda903(ssda903::Ssda903Read read, const std::string& name,
                                           const CheckOptions& options) {
  std::vector<Ssda903ForRules> returns;
  if (!read.unreadable) returns = ssda903_for_rules(read, options.year);
  std::vector<CheckedReturn> out;
  auto base = [&] {
    CheckedReturn c;
    c.name = name;
    c.kind = ReturnKind::Ssda903;
    c.year_given = options.year != 0;
    return c;
  };
  if (returns.empty()) {
    CheckedReturn c = base();
    c.kind_known = !read.unreadable;
    c.unreadable = read.unreadable;
    c.collection_year = options.year;
    c.la = options.la;
    add_structural(c, std::move(read.problems), options);
    out.push_back(std::move(c));
    return out;
  }
  for (std::size_t i = 0; i < returns.size(); ++i) {
    CheckedReturn c = base();
    c.kind_known = true;
    c.collection_year = returns[i].tables.collection_year;
    c.la = returns[i].tables.la;
    c.children = returns[i].children;
    c.has_last_year = returns[i].has_last_year;
    if (returns.size() > 1) c.name += " (LA " + (c.la.empty() ? std::string("not given") : c.la) + ")";
    // The reader's problems do not say which authority they are about: they go with the first.
    if (i == 0) add_structural(c, std::move(read.problems), options);
    add_rules(c, returns[i].tables, options);
    out.push_back(std::move(c));
  }
  return out;
}

ssda903::ReadOptions read_options(const CheckOptions& options) {
  ssda903::ReadOptions o;
  o.la = options.la;
  o.collection_year = options.year;
  o.need_la = false;
  o.keep_records = true;
  return o;
}

}  // namespace

std::vector<std::string> fields_of(const Problem& p) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < p.field.size()) {
    std::size_t comma = p.field.find(',', start);
    if (comma == std::string::npos) comma = p.field.size();
    if (comma > start) out.push_back(p.field.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

std::size_t CheckedReturn::errors() const {
  std::size_t n = 0;
  for (const auto& f : found) n += f.problem.severity == Severity::Error;
  return n;
}
std::size_t CheckedReturn::warnings() const { return found.size() - errors(); }

CheckedReturn check_census_file(const std::string& path, const CheckOptions& options) {
  CensusForRules read = read_census_for_rules(path);
  return check_census(read, options);
}

CheckedReturn check_census_text(std::string_view xml, const std::string& name, const CheckOptions& options) {
  CensusForRules read = read_census_text_for_rules(xml, name);
  return check_census(read, options);
}

std::vector<CheckedReturn> check_ssda903_paths(const std::vector<std::string>& paths, const CheckOptions& options) {
  return checked_ssda903(ssda903::read_ssda903(paths, read_options(options)), joined(paths), options);
}

std::vector<CheckedReturn> check_ssda903_files(const std::vector<ssda903::InputFile>& files,
                                               const CheckOptions& options) {
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.name);
  return checked_ssda903(ssda903::read_ssda903_files(files, read_options(options)), joined(names), options);
}

std::vector<CheckedReturn> check_uploads(const std::vector<ssda903::InputFile>& files, const CheckOptions& options) {
  // A CIN census is XML whose first element is <Message>; anything else goes to the 903 reader,
  // which says what it makes of it.
  auto is_census = [](std::string_view text) {
    // UTF-16 (a byte order mark, or "<" as a 16-bit unit): only the census reader reads it.
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF") ||
        (text.size() > 1 && ((text[0] == '<' && text[1] == 0) || (text[0] == 0 && text[1] == '<'))))
      return true;
    std::size_t i = 0;
    while ((i = text.find('<', i)) != std::string_view::npos && i + 1 < text.size()) {
      char c = text[i + 1];
      if (c != '?' && c != '!') return text.substr(i + 1, 7) == "Message";
      ++i;
    }
    return false;
  };
  if (files.size() == 1 && is_census(std::string_view(files[0].text).substr(0, 64 * 1024)))
    return {check_census_text(files[0].text, files[0].name, options)};
  return check_ssda903_files(files, options);
}

std::string collection_year_label(int year) { return ssda903::collection_year_label(year); }

std::string_view return_kind_name(ReturnKind kind) {
  return kind == ReturnKind::CinCensus ? "CIN census" : "SSDA903";
}

}  // namespace lens::validation
