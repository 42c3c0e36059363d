#include "core/csv.hpp"

namespace lens {

CsvText parse_csv(std::string_view text) {
  CsvText out;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t i = 0;
  int line = 1;
  while (i < text.size()) {
    CsvRecord record{line, {}};
    std::string field;
    bool any_text = false;  // a record that is only a line end is a blank line, not a record
    for (;;) {
      if (i < text.size() && text[i] == '"') {
        int field_line = line;
        ++i;
        any_text = true;
        for (;;) {
          if (i >= text.size()) {
            out.error = {field_line, "a quoted field that starts here is never closed"};
            return out;
          }
          char ch = text[i++];
          if (ch == '"') {
            if (i < text.size() && text[i] == '"') {
              field += '"';
              ++i;
              continue;
            }
            break;
          }
          if (ch == '\n') ++line;
          field += ch;
        }
        // Text after the closing quote (`"a"b`) is kept, as spreadsheet programs do.
      }
      while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        field += text[i++];
        any_text = true;
      }
      if (i < text.size() && text[i] == ',') {
        record.fields.push_back(std::move(field));
        field.clear();
        any_text = true;
        ++i;
        continue;
      }
      record.fields.push_back(std::move(field));
      if (i < text.size() && text[i] == '\r') ++i;
      if (i < text.size() && text[i] == '\n') ++i;
      ++line;
      break;
    }
    if (any_text) out.records.push_back(std::move(record));
  }
  return out;
}

std::string csv_field(std::string_view value) {
  bool quote = !value.empty() && (value.front() == ' ' || value.back() == ' ');
  for (char ch : value)
    if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') quote = true;
  if (!quote) return std::string(value);
  std::string out = "\"";
  for (char ch : value) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

}  // namespace lens
