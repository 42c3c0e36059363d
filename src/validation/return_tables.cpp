#include "validation/return_tables.hpp"

#include <climits>
#include <stdexcept>

#include "core/csv.hpp"

namespace lens::validation {
namespace {

constexpr std::int32_t kNoDate = INT32_MIN;

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

int digits(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

const Table& empty_table() {
  static const Table empty;
  return empty;
}

}  // namespace

struct Table::DateColumn {
  std::once_flag once;
  std::vector<std::int32_t> days;
};

Table::Table(std::string name, std::string file, std::vector<std::string> columns)
    : name_(std::move(name)), file_(std::move(file)), columns_(std::move(columns)) {
  child_column_ = column("CHILD");
  if (child_column_ < 0) child_column_ = column("LAchildID");
  dates_ = std::make_unique<DateColumn[]>(columns_.size());
}
Table::Table(Table&&) noexcept = default;
Table& Table::operator=(Table&&) noexcept = default;
Table::~Table() = default;

void Table::add_row(int line, const std::vector<std::string_view>& cells) {
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    std::string_view v = c < cells.size() ? trimmed(cells[c]) : std::string_view();
    begin_.push_back(text_.size());
    size_.push_back(static_cast<std::uint32_t>(v.size()));
    text_.append(v);
  }
  lines_.push_back(line);
}

int Table::column(std::string_view name) const {
  for (std::size_t c = 0; c < columns_.size(); ++c)
    if (columns_[c] == name) return static_cast<int>(c);
  return -1;
}

const std::vector<std::int32_t>& Table::dates(int column) const {
  DateColumn& d = dates_[static_cast<std::size_t>(column)];
  std::call_once(d.once, [&] {
    d.days.resize(rows());
    for (std::size_t r = 0; r < rows(); ++r) {
      OptDate v = parse_return_date(text(r, column));
      d.days[r] = v ? v->days() : kNoDate;
    }
  });
  return d.days;
}

OptDate Table::date(std::size_t row, int column) const {
  if (column < 0) return std::nullopt;
  std::int32_t days = dates(column)[row];
  if (days == kNoDate) return std::nullopt;
  return Date::from_days(days);
}

OptDate parse_return_date(std::string_view s) {
  if (s.size() != 10) return std::nullopt;
  if (s[2] == '/' && s[5] == '/') {
    int d = digits(s.substr(0, 2)), m = digits(s.substr(3, 2)), y = digits(s.substr(6, 4));
    if (d < 0 || m < 0 || y < 0) return std::nullopt;
    return Date::from_ymd(y, m, d);
  }
  return Date::parse(s);
}

Table& ReturnTables::add(Table table) {
  for (auto& t : tables_)
    if (t.name() == table.name()) return t = std::move(table);
  return tables_.emplace_back(std::move(table));
}

const Table& ReturnTables::table(std::string_view name) const {
  for (const auto& t : tables_)
    if (t.name() == name) return t;
  return empty_table();
}

bool ReturnTables::has(std::string_view name) const {
  for (const auto& t : tables_)
    if (t.name() == name) return true;
  return false;
}

ReturnTables tables_from_text(ReturnKind kind, std::string_view text, std::vector<MarkedRow>* marked) {
  ReturnTables out;
  out.kind = kind;
  struct Block {
    std::string name;
    int first_line = 0;
    std::string csv;
    std::vector<bool> marks;  // per CSV line after the header
  };
  std::vector<Block> blocks;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = trimmed(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    if (line.starts_with("year ")) {
      out.collection_year = digits(trimmed(line.substr(5)));
      if (out.collection_year <= 0) throw std::invalid_argument("example line " + std::to_string(line_no) + ": year needs a number");
      continue;
    }
    if (line.starts_with("la ")) {
      out.la = std::string(trimmed(line.substr(3)));
      continue;
    }
    if (line.starts_with("---")) {
      blocks.push_back({std::string(trimmed(line.substr(3))), line_no + 1, {}, {}});
      continue;
    }
    bool mark = line.front() == '!';
    if (mark) line = trimmed(line.substr(1));
    if (mark && line == "return") {
      if (marked) marked->push_back({"", 0});
      continue;
    }
    if (blocks.empty()) throw std::invalid_argument("example line " + std::to_string(line_no) + ": a row before any '--- Table' line");
    Block& b = blocks.back();
    if (!b.csv.empty()) b.marks.push_back(mark);
    else if (mark) throw std::invalid_argument("example line " + std::to_string(line_no) + ": the header row cannot be marked");
    b.csv.append(line).push_back('\n');
  }
  for (const Block& b : blocks) {
    CsvText csv = parse_csv(b.csv);
    if (csv.error || csv.records.empty())
      throw std::invalid_argument("example table " + b.name + ": not CSV with a header row");
    Table t(b.name, "example", csv.records.front().fields);
    for (std::size_t r = 1; r < csv.records.size(); ++r) {
      std::vector<std::string_view> cells(csv.records[r].fields.begin(), csv.records[r].fields.end());
      t.add_row(b.first_line + static_cast<int>(r), cells);
      if (marked && b.marks[r - 1]) marked->push_back({b.name, r - 1});
    }
    out.add(std::move(t));
  }
  return out;
}

}  // namespace lens::validation
