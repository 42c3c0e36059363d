#include "returns/ssda903/ssda903_reader.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "core/csv.hpp"
#include "returns/ssda903/ssda903_writer.hpp"

namespace lens::ssda903 {
namespace {

namespace fs = std::filesystem;

std::string trim(std::string_view s) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}
std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One record of one table, from either format, before it is turned into the model.
struct RawRow {
  Table table;
  int file = 0;  // index into the read's files
  int line = 0;
  std::map<std::string, std::string, std::less<>> values;  // column -> trimmed text
  std::string la;             // the LA column, if the file has one
  std::optional<int> year;    // the YEAR column, if the file has one
};

struct FileState {
  std::string name;
  std::optional<int> name_year;  // a year in the file's or folder's name
  bool last_year = false;        // "_last" / "previous": the year before the others
  bool has_year_column = false;
};

// ---- the year and authority a file belongs to -----------------------------------------

// "2016-17", "2016_17" -> 2017; a lone "2017" -> 2017; otherwise nullopt.
std::optional<int> year_in_name(std::string_view s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) continue;
    if (s[i] != '2' || s[i + 1] != '0' || !all_digits(s.substr(i, 4))) continue;
    int first = std::stoi(std::string(s.substr(i, 4)));
    std::size_t after = i + 4;
    if (after + 3 <= s.size() && (s[after] == '-' || s[after] == '_') &&
        all_digits(s.substr(after + 1, 2)) &&
        (after + 3 == s.size() || !std::isdigit(static_cast<unsigned char>(s[after + 3])))) {
      int second = std::stoi(std::string(s.substr(after + 1, 2)));
      if (second == (first + 1) % 100) return first + 1;
    }
    if (after == s.size() || !std::isdigit(static_cast<unsigned char>(s[after]))) return first;
  }
  return std::nullopt;
}

// The DfE validator calls last year's tables "Header_last", "Episodes_last", ...; a folder of
// them may be called "last" or "previous" ("previous_permanence.csv" is this year's PrevPerm).
bool stem_says_last_year(std::string_view stem) {
  std::string n = lower(std::string(stem));
  return n.ends_with("_last") || n.ends_with("-last") || n.ends_with("_last_year");
}
bool folder_says_last_year(std::string_view folder) {
  std::string n = lower(std::string(folder));
  for (std::string_view name : {"last", "last_year", "last year", "previous", "previous_year",
                                "previous year", "prev"})
    if (n == name) return true;
  return false;
}

FileState describe_file(const std::string& name) {
  FileState f;
  f.name = name;
  fs::path p(name);
  std::string stem = p.stem().string(), folder = p.parent_path().filename().string();
  f.name_year = year_in_name(stem);
  if (!f.name_year) f.name_year = year_in_name(folder);
  f.last_year = stem_says_last_year(stem) || folder_says_last_year(folder);
  return f;
}

// ---- dates ------------------------------------------------------------------------------

std::optional<int> number(std::string_view s) {
  if (!all_digits(s) || s.size() > 4) return std::nullopt;
  return std::stoi(std::string(s));
}

// DD/MM/YYYY (one or two digit day and month) or YYYY-MM-DD.
OptDate parse_903_date(std::string_view s) {
  if (s.size() == 10 && s[4] == '-') return Date::parse(s);
  auto a = s.find('/');
  auto b = a == std::string_view::npos ? a : s.find('/', a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  auto d = number(s.substr(0, a)), m = number(s.substr(a + 1, b - a - 1)), y = number(s.substr(b + 1));
  if (!d || !m || !y || a > 2 || b - a - 1 > 2 || s.size() - b - 1 != 4) return std::nullopt;
  return Date::from_ymd(*y, *m, *d);
}

std::string dmy(Date d) {
  auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  return two(d.day()) + "/" + two(d.month()) + "/" + std::to_string(d.year());
}

// The collection year whose 31 March ends the year a date falls in.
int collection_year_of(Date d) { return d.month() >= 4 ? d.year() + 1 : d.year(); }

// Columns whose dates say when the return's events happened, for guessing its year.
bool is_event_date(Table t, std::string_view column) {
  switch (t) {
    case Table::Episodes: return column == "DECOM" || column == "DEC";
    case Table::Reviews: return column == "REVIEW";
    case Table::Missing: return column == "MIS_START" || column == "MIS_END";
    case Table::SocialWorker: return column == "SW_DECOM" || column == "SW_DEC";
    default: return false;
  }
}

// ---- the reader -------------------------------------------------------------------------

class Reader {
 public:
  explicit Reader(ReadOptions options) : options_(std::move(options)) {}

  void add(const InputFile& file) {
    int index = static_cast<int>(files_.size());
    files_.push_back(describe_file(file.name));
    std::string_view text = file.text;
    if (text.find('\0') != std::string_view::npos) {
      unreadable(index, "is not a text file (it holds NUL bytes: if it is UTF-16, save it as UTF-8 CSV)");
      return;
    }
    std::string_view start = text;
    if (start.substr(0, 3) == "\xEF\xBB\xBF") start.remove_prefix(3);
    while (!start.empty() && std::isspace(static_cast<unsigned char>(start.front()))) start.remove_prefix(1);
    if (start.empty()) {
      unreadable(index, "is empty");
      return;
    }
    if (start.front() == '<')
      read_xml(index, text);
    else
      read_csv(index, text);
  }

  Ssda903Read finish() {
    resolve_years();
    build();
    if (options_.keep_records) {
      out_.records.reserve(rows_.size());
      for (auto& r : rows_)
        out_.records.push_back({r.table, files_[static_cast<std::size_t>(r.file)].name, r.line,
                                r.la.empty() ? options_.la : r.la, r.year && *r.year > 0 ? *r.year : 0,
                                std::move(r.values)});
    }
    return std::move(out_);
  }

  void problem(Severity severity, int file, int line, std::string child, std::string field,
               std::string message, std::optional<Table> table = std::nullopt) {
    Problem p;
    p.severity = severity;
    p.file = file >= 0 ? files_[static_cast<std::size_t>(file)].name : std::string();
    p.line = line;
    p.child = std::move(child);
    p.field = std::move(field);
    p.message = std::move(message);
    if (table) p.table = std::string(spec(*table).name);
    out_.problems.push_back(std::move(p));
  }

 private:
  void unreadable(int file, std::string message, int line = 0) {
    problem(Severity::Error, file, line, "", "", std::move(message));
    out_.unreadable = true;
  }

  // -- CSV --

  void read_csv(int file, std::string_view text) {
    CsvText csv = parse_csv(text);
    if (csv.error) {
      unreadable(file, "is not a readable CSV file: " + csv.error->second, csv.error->first);
      return;
    }
    if (csv.records.empty()) {
      unreadable(file, "is empty");
      return;
    }
    const CsvRecord& head = csv.records.front();
    std::vector<std::string> names;
    for (const auto& h : head.fields) names.push_back(upper(trim(h)));
    auto table = detect_table(names);
    if (!table) {
      std::string list;
      for (const auto& t : tables()) list += (list.empty() ? "" : ", ") + std::string(t.name);
      std::string shown;
      for (std::size_t i = 0; i < head.fields.size() && i < 8; ++i)
        shown += (i ? ", " : "") + trim(head.fields[i]);
      if (head.fields.size() > 8) shown += ", ...";
      unreadable(file, "is not a 903 table: its header row (" + shown + ") is not that of any of " +
                           list, head.line);
      return;
    }
    const TableSpec& ts = spec(*table);
    std::set<std::string> seen;
    int la_column = -1, year_column = -1;
    for (std::size_t i = 0; i < names.size(); ++i) {
      const std::string& n = names[i];
      if (n.empty()) continue;
      if (!seen.insert(n).second) {
        unreadable(file, "has two <" + n + "> columns", head.line);
        return;
      }
      if (n == "LA") la_column = static_cast<int>(i);
      else if (n == "YEAR") year_column = static_cast<int>(i);
      else if (!find_column(*table, n))
        problem(Severity::Warning, file, head.line, "", n,
                "is not a column of the " + std::string(ts.name) + " table; it is ignored", table);
    }
    for (const auto& c : ts.columns)
      if (!seen.count(std::string(c.name)))
        problem(c.required ? Severity::Error : Severity::Warning, file, head.line, "",
                std::string(c.name),
                c.required ? "column is missing from the " + std::string(ts.name) + " table"
                           : "column is missing from the " + std::string(ts.name) +
                                 " table; read as blank",
                table);
    files_[static_cast<std::size_t>(file)].has_year_column = year_column >= 0;
    for (std::size_t r = 1; r < csv.records.size(); ++r) {
      const CsvRecord& rec = csv.records[r];
      bool blank = std::all_of(rec.fields.begin(), rec.fields.end(),
                               [](const std::string& f) { return trim(f).empty(); });
      if (blank) continue;
      if (rec.fields.size() != head.fields.size()) {
        problem(Severity::Error, file, rec.line, "", "",
                "has " + std::to_string(rec.fields.size()) + " fields but the header row has " +
                    std::to_string(head.fields.size()),
                table);
        continue;
      }
      RawRow row{*table, file, rec.line, {}, {}, std::nullopt};
      for (std::size_t i = 0; i < names.size(); ++i) {
        std::string value = trim(rec.fields[i]);
        if (static_cast<int>(i) == la_column) row.la = value;
        else if (static_cast<int>(i) == year_column) {
          auto y = number(value);
          if (!y || *y < 2000) {
            problem(Severity::Error, file, rec.line, "", "YEAR",
                    (value.empty() ? std::string("is blank") : value + " is not a year") +
                        "; it should be the collection year, e.g. 2017 for 2016-17",
                    table);
            row.year = -1;
          } else {
            row.year = *y;
          }
        } else if (find_column(*table, names[i]) || (options_.keep_records && !names[i].empty()))
          row.values.emplace(names[i], std::move(value));
      }
      rows_.push_back(std::move(row));
    }
  }

  // -- XML --

  void read_xml(int file, std::string_view text) {
    std::vector<std::size_t> newlines;
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') newlines.push_back(i);
    auto line_of = [&](std::ptrdiff_t offset) {
      return static_cast<int>(std::upper_bound(newlines.begin(), newlines.end(),
                                               static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0))) -
                              newlines.begin()) + 1;
    };
    pugi::xml_document doc;
    auto result = doc.load_buffer(text.data(), text.size(), pugi::parse_default);
    if (!result) {
      unreadable(file, std::string("is not well-formed XML: ") + result.description(),
                 line_of(result.offset));
      return;
    }
    pugi::xml_node root = doc.document_element();
    if (std::string_view(root.name()) != "EXPSSDA903") {
      unreadable(file, std::string("is not a 903 XML file: its root element is <") + root.name() +
                           ">, not <EXPSSDA903>",
                 line_of(root.offset_debug()));
      return;
    }
    std::set<std::string> warned;
    auto ignore = [&](pugi::xml_node n) {
      if (warned.insert(n.name()).second)
        problem(Severity::Warning, file, line_of(n.offset_debug()), "", n.name(),
                "is not an element of the 903 XML; it is ignored");
    };
    auto leaf_text = [](pugi::xml_node n) { return trim(n.child_value()); };
    for (pugi::xml_node child : root.children()) {
      if (child.type() != pugi::node_element) continue;
      if (std::string_view(child.name()) != "CHILD") {
        ignore(child);
        continue;
      }
      int child_line = line_of(child.offset_debug());
      pugi::xml_node header = child.child("HEADER");
      if (!header) {
        problem(Severity::Error, file, child_line, "", "HEADER", "is missing from this <CHILD>",
                Table::Header);
        continue;
      }
      RawRow head{Table::Header, file, line_of(header.offset_debug()), {}, {}, std::nullopt};
      RawRow uasc{Table::Uasc, file, head.line, {}, {}, std::nullopt};
      RawRow oc3{Table::Oc3, file, head.line, {}, {}, std::nullopt};
      RawRow ad1{Table::Ad1, file, head.line, {}, {}, std::nullopt};
      std::vector<RawRow> nested;
      std::string uasc_flag;
      // A container element becomes a row of `table`: its leaves are the row's fields.
      auto container = [&](pugi::xml_node n, Table table) {
        RawRow row{table, file, line_of(n.offset_debug()), {}, {}, std::nullopt};
        for (pugi::xml_node leaf : n.children()) {
          if (leaf.type() != pugi::node_element) continue;
          if (find_column(table, leaf.name()))
            row.values[leaf.name()] = leaf_text(leaf);
          else
            ignore(leaf);
        }
        return row;
      };
      for (pugi::xml_node n : header.children()) {
        if (n.type() != pugi::node_element) continue;
        std::string name = n.name();
        if (name == "CHILDID") head.values["CHILD"] = leaf_text(n);
        else if (name == "UASC") uasc_flag = leaf_text(n);
        else if (name == "DUC") uasc.values["DUC"] = leaf_text(n);
        else if (find_column(Table::Header, name) && name != "CHILD") head.values[name] = leaf_text(n);
        else if (find_column(Table::Oc3, name) && !find_column(Table::Header, name)) oc3.values[name] = leaf_text(n);
        else if (find_column(Table::Ad1, name) && !find_column(Table::Header, name)) ad1.values[name] = leaf_text(n);
        else if (name == "AREVIEW") nested.push_back(container(n, Table::Reviews));
        else if (name == "AMISSING") nested.push_back(container(n, Table::Missing));
        else if (name == "OC2") nested.push_back(container(n, Table::Oc2));
        else if (name == "OC3") nested.push_back(container(n, Table::Oc3));
        else if (name == "AD1") nested.push_back(container(n, Table::Ad1));
        else if (name == "PERMANENCE") nested.push_back(container(n, Table::PrevPerm));
        else if (name == "AD_PLACED") nested.push_back(container(n, Table::PlacedAdoption));
        else ignore(n);
      }
      for (pugi::xml_node n : child.children()) {
        if (n.type() != pugi::node_element || std::string_view(n.name()) == "HEADER") continue;
        if (std::string_view(n.name()) != "EPISODE") {
          ignore(n);
          continue;
        }
        RawRow ep{Table::Episodes, file, line_of(n.offset_debug()), {}, {}, std::nullopt};
        for (pugi::xml_node leaf : n.children()) {
          if (leaf.type() != pugi::node_element) continue;
          std::string name = leaf.name();
          if (name == "PL") name = "PLACE";
          if (find_column(Table::Episodes, name) && name != "CHILD")
            ep.values[name] = leaf_text(leaf);
          else
            ignore(leaf);
        }
        nested.push_back(std::move(ep));
      }
      // Every row carries the child's id (and date of birth, as the CSV tables do).
      std::string id = head.values.count("CHILD") ? head.values["CHILD"] : "";
      std::string dob = head.values.count("DOB") ? head.values["DOB"] : "";
      auto identify = [&](RawRow& r) {
        r.values["CHILD"] = id;
        if (find_column(r.table, "DOB")) r.values["DOB"] = dob;
      };
      if (!uasc_flag.empty() && uasc_flag != "0" && uasc_flag != "1")
        problem(Severity::Error, file, head.line, id, "UASC", uasc_flag + " is not 0 or 1", Table::Header);
      if (uasc_flag == "1" || !uasc.values["DUC"].empty()) {
        identify(uasc);
        uasc.values["SEX"] = head.values.count("SEX") ? head.values["SEX"] : "";
        nested.push_back(std::move(uasc));
      }
      if (!oc3.values.empty()) nested.push_back(std::move(oc3));
      if (!ad1.values.empty()) nested.push_back(std::move(ad1));
      rows_.push_back(std::move(head));
      for (auto& r : nested) {
        identify(r);
        rows_.push_back(std::move(r));
      }
    }
  }

  // -- years --

  void resolve_years() {
    // The year of files that say nothing: given, or the latest event date among them.
    int current = options_.collection_year;
    if (current == 0) {
      OptDate latest;
      int latest_file = -1, latest_line = 0;
      for (const auto& r : rows_) {
        const FileState& f = files_[static_cast<std::size_t>(r.file)];
        if (f.has_year_column || f.name_year || f.last_year) continue;
        for (const auto& [column, value] : r.values) {
          if (!is_event_date(r.table, column)) continue;
          OptDate d = parse_903_date(value);
          if (d && (!latest || *d > *latest)) {
            latest = d;
            latest_file = r.file;
            latest_line = r.line;
          }
        }
      }
      if (latest) {
        current = collection_year_of(*latest);
        problem(Severity::Warning, latest_file, latest_line, "", "",
                "no collection year was given, so the files are taken to be the " +
                    collection_year_label(current) + " return, from the latest date in them (" +
                    dmy(*latest) + "); name the folder " + collection_year_label(current) +
                    " or give the year to be sure");
      } else {
        // Last year's files named as such still say which year the others are.
        for (const auto& f : files_)
          if (f.name_year && !f.last_year) current = std::max(current, *f.name_year);
      }
    }
    std::set<int> reported;
    for (auto& r : rows_) {
      if (r.year) continue;
      const FileState& f = files_[static_cast<std::size_t>(r.file)];
      if (f.name_year) r.year = *f.name_year;
      else if (current) r.year = f.last_year ? current - 1 : current;
      else {
        r.year = -1;
        if (reported.insert(r.file).second)
          problem(Severity::Error, r.file, 0, "", "",
                  "does not say which collection year it is: name its folder for the year (for "
                  "example 2016-17) or give the year");
      }
    }
  }

  // -- building the children --

  struct Building {
    LookedAfterChild child;
    int file = 0, line = 0;
    std::map<std::string, int> seen;  // record key -> line, for duplicates
  };
  using Key = std::tuple<std::string, int, std::string>;  // la, year, child id

  std::optional<std::string> la_of(const RawRow& r) {
    if (!r.la.empty()) {
      if (r.la.size() != 3 || !all_digits(r.la)) {
        problem(Severity::Error, r.file, r.line, "", "LA",
                r.la + " is not a DfE 3-digit LA number", r.table);
        return std::nullopt;
      }
      if (!options_.la.empty() && r.la != options_.la) {
        problem(Severity::Error, r.file, r.line, "", "LA",
                "the row is for LA " + r.la + " but the files were given as LA " + options_.la,
                r.table);
        return std::nullopt;
      }
      return r.la;
    }
    if (!options_.la.empty() || !options_.need_la) return options_.la;
    if (no_la_reported_.insert(r.file).second)
      problem(Severity::Error, r.file, 0, "", "",
              "does not say which local authority it is from: give the authority's DfE LA "
              "number (for example --la 301)");
    return std::nullopt;
  }

  void build() {
    std::map<Key, Building> children;
    // Header rows first, wherever they are, so every other row finds its child.
    for (int pass = 0; pass < 2; ++pass)
      for (const auto& r : rows_) {
        if ((r.table == Table::Header) != (pass == 0)) continue;
        if (!r.year || *r.year < 0) continue;
        auto la = la_of(r);
        if (!la) continue;
        Row row(*this, r, *r.year);
        std::string id = row.text("CHILD");
        if (id.empty()) continue;
        Key key{*la, *r.year, id};
        if (r.table == Table::Header) {
          auto [it, fresh] = children.try_emplace(key);
          if (!fresh) {
            problem(Severity::Error, r.file, r.line, id, "",
                    "is in the Header table twice" + where(it->second.file, it->second.line, r.file),
                    Table::Header);
            continue;
          }
          it->second.file = r.file;
          it->second.line = r.line;
          read_header(row, *la, *r.year, it->second.child);
          continue;
        }
        auto it = children.find(key);
        if (it == children.end()) {
          problem(Severity::Error, r.file, r.line, id, "",
                  "is in the " + std::string(spec(r.table).name) +
                      " table but not in the Header table" +
                      (*r.year > 0 ? " of " + collection_year_label(*r.year) : ""),
                  r.table);
          continue;
        }
        read_record(row, it->second);
      }
    // Group the children into returns, one per authority and year.
    std::map<std::pair<std::string, int>, ReturnRead> returns;
    for (auto& [key, b] : children) {
      auto& [la, year, id] = key;
      ReturnRead& rr = returns[{la, year}];
      rr.ret.la = la;
      rr.ret.collection_year = year;
      rr.ret.children.push_back(merge_years({std::move(b.child)}));  // sorts each list
    }
    std::map<std::pair<std::string, int>, std::set<int>> files_of;
    for (const auto& r : rows_)
      if (r.year && *r.year > 0) {
        std::string la = !r.la.empty() ? r.la : options_.la;
        files_of[{la, *r.year}].insert(r.file);
      }
    for (auto& [key, rr] : returns) {
      for (int f : files_of[key]) rr.files.push_back(files_[static_cast<std::size_t>(f)].name);
      rr.sha256 = ssda903_sha256(rr.ret);
      out_.returns.push_back(std::move(rr));
    }
  }

  std::string where(int file, int line, int this_file) const {
    if (file == this_file) return " (first on line " + std::to_string(line) + ")";
    return " (first in " + files_[static_cast<std::size_t>(file)].name + " line " +
           std::to_string(line) + ")";
  }

  // One raw row being read into values, reporting what is wrong with its fields.
  class Row {
   public:
    Row(Reader& reader, const RawRow& raw, int year) : reader_(reader), raw_(raw), year_(year) {}
    bool keep() const { return keep_; }
    const RawRow& raw() const { return raw_; }

    std::string value(std::string_view column) const {
      auto it = raw_.values.find(column);
      return it == raw_.values.end() ? std::string() : it->second;
    }

    std::string text(std::string_view column) {
      std::string v = value(column);
      if (v.empty()) blank(column);
      return v;
    }
    OptDate date(std::string_view column) {
      std::string v = value(column);
      if (v.empty()) {
        blank(column);
        return std::nullopt;
      }
      OptDate d = parse_903_date(v);
      if (!d) error(column, v + " is not a date (expected DD/MM/YYYY)");
      return d;
    }
    std::string partial_date(std::string_view column) {
      std::string v = value(column);
      if (v.empty()) {
        blank(column);
        return v;
      }
      std::string probe = upper(v);
      if (probe.starts_with("ZZ/ZZ/")) probe = "01/01/" + probe.substr(6);
      else if (probe.starts_with("ZZ/")) probe = "01/" + probe.substr(3);
      if (!parse_903_date(probe))
        error(column, v + " is not a date (expected DD/MM/YYYY, or zz/MM/YYYY when the day is not known)");
      return v;
    }
    std::string code(std::string_view column) {
      std::string v = upper(value(column));
      if (v.empty()) {
        blank(column);
        return v;
      }
      const Column* c = find_column(raw_.table, column);
      CodeList list = c ? c->list : CodeList::YesNo;
      if (!is_valid_code(list, v, year_)) {
        const Code* other = find_code(list, v);
        std::string msg = v + " is not a " + std::string(list_noun(list)) + " code";
        if (other)
          msg += " in " + collection_year_label(year_) + " (it is used " +
                 (other->first_year > year_ ? "from " + collection_year_label(other->first_year)
                                            : "until " + collection_year_label(other->last_year)) +
                 ")";
        error(column, msg + "; expected one of " + expected_codes(list, year_));
      }
      return v;
    }
    std::optional<bool> yes_no(std::string_view column) {
      std::string v = code(column);
      if (v == "1") return true;
      if (v == "0") return false;
      return std::nullopt;
    }
    std::optional<int> integer(std::string_view column) {
      std::string v = value(column);
      if (v.empty()) {
        blank(column);
        return std::nullopt;
      }
      if (!all_digits(v) || v.size() > 6) {
        error(column, v + " is not a whole number");
        return std::nullopt;
      }
      return std::stoi(v);
    }
    void error(std::string_view column, std::string message) {
      reader_.problem(Severity::Error, raw_.file, raw_.line, child_, std::string(column),
                      std::move(message), raw_.table);
    }
    void set_child(std::string id) { child_ = std::move(id); }

   private:
    void blank(std::string_view column) {
      const Column* c = find_column(raw_.table, column);
      if (!c || !c->required) return;
      if (c->key) {
        keep_ = false;
        reader_.problem(Severity::Error, raw_.file, raw_.line, child_, std::string(column),
                        "is blank, so this " + std::string(spec(raw_.table).name) +
                            " row cannot be kept",
                        raw_.table);
      } else {
        reader_.problem(Severity::Warning, raw_.file, raw_.line, child_, std::string(column),
                        "is blank; the 903 requires it", raw_.table);
      }
    }
    Reader& reader_;
    const RawRow& raw_;
    int year_;
    std::string child_;
    bool keep_ = true;
  };

  static void read_header(Row& row, const std::string& la, int year, LookedAfterChild& c) {
    c.la = la;
    c.la_child_id = row.value("CHILD");
    row.set_child(c.la_child_id);
    c.years = {year};
    c.sex = row.code("SEX");
    c.birth = row.date("DOB");
    c.ethnicity = row.code("ETHNIC");
    c.upn = upper(row.text("UPN"));
    c.mother = row.code("MOTHER");
    c.mother_child_birth = row.date("MC_DOB");
  }

  // A record with `key` may appear once per child and year.
  bool first_time(Row& row, Building& b, const std::string& key, const std::string& what) {
    auto [it, fresh] = b.seen.try_emplace(std::string(spec(row.raw().table).name) + key, row.raw().line);
    if (!fresh) {
      row.error("", what + (it->second > 0 ? " (the other on line " + std::to_string(it->second) + ")" : ""));
      return false;
    }
    return true;
  }

  void read_record(Row& row, Building& b) {
    LookedAfterChild& c = b.child;
    row.set_child(c.la_child_id);
    int year = c.years.front();
    // Date of birth is repeated in most tables; read it for its structure only.
    if (row.raw().table != Table::Episodes) row.date("DOB");
    switch (row.raw().table) {
      case Table::Header: break;
      case Table::Episodes: {
        LacEpisode e;
        OptDate start = row.date("DECOM");
        e.reason_new = row.code("RNE");
        e.legal_status = row.code("LS");
        e.category_of_need = row.code("CIN");
        e.placement = row.code("PLACE");
        e.provider = row.code("PLACE_PROVIDER");
        e.end = row.date("DEC");
        e.reason_ceased = row.code("REC");
        e.reason_place_change = row.code("REASON_PLACE_CHANGE");
        e.home_postcode = upper(row.text("HOME_POST"));
        e.placement_postcode = upper(row.text("PL_POST"));
        e.urn = row.text("URN");
        if (!start || !row.keep()) return;
        e.start = *start;
        if (first_time(row, b, start->iso(), "has two episodes starting on " + row.value("DECOM")))
          c.episodes.push_back(std::move(e));
        return;
      }
      case Table::Reviews: {
        OptDate d = row.date("REVIEW");
        std::string code = row.code("REVIEW_CODE");
        if (d && row.keep() && first_time(row, b, d->iso(), "has two reviews on " + row.value("REVIEW")))
          c.reviews.push_back({*d, code});
        return;
      }
      case Table::Missing: {
        std::string kind = row.code("MISSING");
        OptDate start = row.date("MIS_START");
        OptDate end = row.date("MIS_END");
        if (start && row.keep() &&
            first_time(row, b, kind + start->iso(),
                       "has two " + std::string(kind == "A" ? "away" : "missing") +
                           " episodes starting on " + row.value("MIS_START")))
          c.missing.push_back({kind, *start, end});
        return;
      }
      case Table::Uasc: {
        row.code("SEX");
        OptDate ceased = row.date("DUC");
        if (first_time(row, b, "", "is in the UASC table twice")) c.uasc.push_back({year, ceased});
        return;
      }
      case Table::Oc2: {
        HealthOutcomes h;
        h.year = year;
        h.sdq_score = row.integer("SDQ_SCORE");
        h.sdq_reason = row.code("SDQ_REASON");
        h.convicted = row.yes_no("CONVICTED");
        h.health_check = row.yes_no("HEALTH_CHECK");
        h.immunisations = row.yes_no("IMMUNISATIONS");
        h.teeth_check = row.yes_no("TEETH_CHECK");
        h.health_assessment = row.yes_no("HEALTH_ASSESSMENT");
        h.substance_misuse = row.yes_no("SUBSTANCE_MISUSE");
        h.intervention_received = row.yes_no("INTERVENTION_RECEIVED");
        h.intervention_offered = row.yes_no("INTERVENTION_OFFERED");
        if (first_time(row, b, "", "is in the OC2 table twice")) c.health.push_back(std::move(h));
        return;
      }
      case Table::Oc3: {
        CareLeaverOutcome o{year, row.code("IN_TOUCH"), row.code("ACTIV"), row.code("ACCOM")};
        if (first_time(row, b, "", "is in the OC3 table twice")) c.care_leaver.push_back(std::move(o));
        return;
      }
      case Table::Ad1: {
        Adoption a;
        a.year = year;
        a.should_be_placed = row.date("DATE_INT");
        a.matched = row.date("DATE_MATCH");
        a.foster_carer = row.yes_no("FOSTER_CARE");
        a.adopters = row.integer("NB_ADOPTR");
        a.adopter_sex = row.code("SEX_ADOPTR");
        a.adopter_legal_status = row.code("LS_ADOPTR");
        if (first_time(row, b, "", "is in the AD1 table twice")) c.adoptions.push_back(std::move(a));
        return;
      }
      case Table::PlacedAdoption: {
        OptDate decided = row.date("DATE_PLACED");
        OptDate reversed = row.date("DATE_PLACED_CEASED");
        std::string reason = row.code("REASON_PLACED_CEASED");
        if (decided && row.keep() &&
            first_time(row, b, decided->iso(),
                       "has two decisions to place for adoption on " + row.value("DATE_PLACED")))
          c.placed_for_adoption.push_back({*decided, reversed, reason});
        return;
      }
      case Table::PrevPerm: {
        PreviousPermanence p{year, row.code("PREV_PERM"), row.text("LA_PERM"), row.partial_date("DATE_PERM")};
        if (first_time(row, b, "", "is in the PrevPerm table twice"))
          c.previous_permanence.push_back(std::move(p));
        return;
      }
      case Table::SocialWorker: {
        SocialWorkerEpisode s;
        s.worker = row.text("SW_ID");
        OptDate start = row.date("SW_DECOM");
        s.end = row.date("SW_DEC");
        s.reason = row.code("SW_REASON");
        if (!start || !row.keep()) return;
        s.start = *start;
        if (first_time(row, b, s.worker + start->iso(),
                       "has social worker " + s.worker + " starting twice on " + row.value("SW_DECOM")))
          c.social_workers.push_back(std::move(s));
        return;
      }
    }
  }

  ReadOptions options_;
  std::vector<FileState> files_;
  std::vector<RawRow> rows_;
  std::set<int> no_la_reported_;
  Ssda903Read out_;
};

bool is_input_file(const fs::path& p) {
  std::string ext = lower(p.extension().string());
  return ext == ".csv" || ext == ".xml";
}

}  // namespace

std::string collection_year_label(int year) {
  std::string next = std::to_string(year % 100);
  if (next.size() < 2) next = "0" + next;
  return std::to_string(year - 1) + "-" + next;
}

int parse_collection_year(std::string_view text) {
  if (text.size() == 4 && all_digits(text)) return std::stoi(std::string(text));
  if (text.size() == 7 && text[4] == '-' && all_digits(text.substr(0, 4)) && all_digits(text.substr(5))) {
    int first = std::stoi(std::string(text.substr(0, 4)));
    if (std::stoi(std::string(text.substr(5))) == (first + 1) % 100) return first + 1;
  }
  return 0;
}

std::optional<Table> detect_table(const std::vector<std::string>& header_row) {
  std::set<std::string> names;
  for (const auto& h : header_row) names.insert(upper(trim(h)));
  if (!names.count("CHILD")) return std::nullopt;
  std::optional<Table> best;
  int best_score = 0;
  for (const auto& t : tables()) {
    int matched = 0, missing = 0;
    for (const auto& c : t.columns) (names.count(std::string(c.name)) ? matched : missing)++;
    int extra = 0;
    for (const auto& n : names)
      if (n != "LA" && n != "YEAR" && !n.empty() && !find_column(t.table, n)) ++extra;
    // CHILD alone says nothing: a table is recognised by most of its own columns.
    if (matched < 2 || matched * 2 <= static_cast<int>(t.columns.size())) continue;
    int score = 2 * matched - missing - extra;
    if (!best || score > best_score) {
      best = t.table;
      best_score = score;
    }
  }
  return best;
}

Ssda903Read read_ssda903_files(const std::vector<InputFile>& files, const ReadOptions& options) {
  Reader reader(options);
  for (const auto& f : files) reader.add(f);
  return reader.finish();
}

Ssda903Read read_ssda903(const std::vector<std::string>& paths, const ReadOptions& options) {
  std::vector<InputFile> files;
  Ssda903Read failed;
  auto load = [&](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      failed.problems.push_back({Severity::Error, p.string(), 0, "", "", "cannot be opened", "", ""});
      failed.unreadable = true;
      return;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files.push_back({p.string(), bytes.str()});
  };
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::recursive_directory_iterator(path, ec))
        if (entry.is_regular_file() && is_input_file(entry.path())) found.push_back(entry.path());
      std::sort(found.begin(), found.end());
      if (found.empty()) {
        failed.problems.push_back(
            {Severity::Error, path, 0, "", "", "holds no .csv or .xml files", "", ""});
        failed.unreadable = true;
      }
      for (const auto& f : found) load(f);
    } else if (fs::exists(path, ec)) {
      load(path);
    } else {
      failed.problems.push_back({Severity::Error, path, 0, "", "", "does not exist", "", ""});
      failed.unreadable = true;
    }
  }
  Ssda903Read read = read_ssda903_files(files, options);
  read.problems.insert(read.problems.begin(), failed.problems.begin(), failed.problems.end());
  read.unreadable = read.unreadable || failed.unreadable;
  return read;
}

}  // namespace lens::ssda903
