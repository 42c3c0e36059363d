#include "measures/csv.hpp"

namespace lens::measures {

bool CsvReader::next(std::vector<std::string>& fields) {
  fields.clear();
  int c = in_.peek();
  if (!started_) {
    started_ = true;
    if (c == 0xEF) {  // UTF-8 byte-order mark
      char bom[3];
      in_.read(bom, 3);
    }
    // Comment lines before the header.
    while (in_.peek() == '#') {
      std::string skipped;
      std::getline(in_, skipped);
      ++line_;
    }
  }
  c = in_.peek();
  if (c == std::char_traits<char>::eof()) return false;
  record_line_ = line_;
  std::string field;
  bool quoted = false;
  bool any = false;
  while (true) {
    c = in_.get();
    if (c == std::char_traits<char>::eof()) break;
    any = true;
    if (quoted) {
      if (c == '"') {
        if (in_.peek() == '"') {
          field += '"';
          in_.get();
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line_;
        field += static_cast<char>(c);
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else if (c == '\r') {
      // part of a CRLF line end
    } else if (c == '\n') {
      ++line_;
      break;
    } else {
      field += static_cast<char>(c);
    }
  }
  if (!any) return false;
  fields.push_back(std::move(field));
  return true;
}

std::optional<std::size_t> CsvHeader::find(std::string_view name) const {
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (names_[i] == name) return i;
  return std::nullopt;
}

std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    out << csv_field(fields[i]);
  }
  out << '\n';
}

}  // namespace lens::measures
