#include "synth/data_files.hpp"

#include <fmt/core.h>

#include <charconv>
#include <cstdlib>
#include <fstream>

namespace lens::synth {
namespace {
std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.push_back(std::move(field));
      field.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  out.push_back(std::move(field));
  return out;
}
}  // namespace

std::string data_dir() {
  if (const char* dir = std::getenv("LENS_DATA_DIR"); dir && *dir) return dir;
  return std::string(LENS_SOURCE_DIR) + "/data";
}

std::string data_path(const std::string& relative) { return data_dir() + "/" + relative; }

const std::string& CsvRow::operator[](const std::string& column) const {
  for (std::size_t i = 0; i < header->size(); ++i)
    if ((*header)[i] == column) return fields[i];
  throw DataError(fmt::format("{}:{}: no column '{}'", file, line, column));
}

void read_csv(const std::string& path, const std::function<void(const CsvRow&)>& visit) {
  std::ifstream in(path);
  if (!in) throw DataError(fmt::format("{}: cannot read the file", path));
  std::vector<std::string> header;
  std::string text;
  int line = 0;
  while (std::getline(in, text)) {
    ++line;
    if (text.empty() || text[0] == '#') continue;
    auto fields = split(text);
    if (header.empty()) {
      header = std::move(fields);
      continue;
    }
    if (fields.size() != header.size())
      throw DataError(fmt::format("{}:{}: {} fields where the header has {}", path, line,
                                  fields.size(), header.size()));
    CsvRow row{&header, std::move(fields), line, path};
    visit(row);
  }
}

double csv_number(const CsvRow& row, const std::string& column) {
  const std::string& s = row[column];
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size())
    throw DataError(fmt::format("{}:{}: {} '{}' is not a number", row.file, row.line, column, s));
  return v;
}

int csv_int(const CsvRow& row, const std::string& column) {
  const std::string& s = row[column];
  int v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || ptr != s.data() + s.size())
    throw DataError(
        fmt::format("{}:{}: {} '{}' is not a whole number", row.file, row.line, column, s));
  return v;
}

}  // namespace lens::synth
