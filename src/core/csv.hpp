// csv.hpp — comma-separated text as the sector's returns and templates use it (RFC 4180).
//
// parse_csv reads the whole text: fields separated by commas, optionally in double quotes (a
// quote inside quotes is doubled; a quoted field may span lines), records ended by LF or CRLF,
// a UTF-8 byte-order mark at the start skipped, lines with nothing on them skipped. Each record
// carries the line it starts on (1-based) so that problems can name it. Field text is returned
// as written: no trimming, no type conversion. A quote left open at the end of the text is an
// error with the line where the field started; the records before it are still returned.
// csv_field quotes a value for writing when it needs it. No state: thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lens {

struct CsvRecord {
  int line = 0;
  std::vector<std::string> fields;
};

struct CsvText {
  std::vector<CsvRecord> records;
  std::optional<std::pair<int, std::string>> error;  // line, plain-English message
};

CsvText parse_csv(std::string_view text);

// `value` as a CSV field: unchanged unless it holds a comma, quote, CR or LF, or starts or ends
// with a space, in which case it is quoted and its quotes doubled.
std::string csv_field(std::string_view value);

}  // namespace lens
