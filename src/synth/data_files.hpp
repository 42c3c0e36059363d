// data_files.hpp — where the generator finds the data it ships with (data/profiles,
// data/synth) and a small reader for the CSV files there.
//
// The data directory is $LENS_DATA_DIR if set, otherwise the source tree's data/ (compile
// definition LENS_SOURCE_DIR). CSV files are UTF-8, comma-separated, with "double quotes"
// around fields that hold commas; lines starting with '#' are comments (they say where the
// data came from) and the first other line is the header. Errors name the file and line.
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lens::synth {

class DataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string data_dir();
std::string data_path(const std::string& relative);

struct CsvRow {
  const std::vector<std::string>* header;
  std::vector<std::string> fields;
  int line = 0;
  // The field under `column`; throws DataError naming file, line and column if absent.
  const std::string& operator[](const std::string& column) const;
  std::string file;
};

// Calls `visit` for every data row of the CSV file at `path`. Throws DataError if the file
// cannot be read or a row has a different number of fields from the header.
void read_csv(const std::string& path, const std::function<void(const CsvRow&)>& visit);

// Strict number parsing for data files: throws DataError "<file>:<line>: <column> ...".
double csv_number(const CsvRow& row, const std::string& column);
int csv_int(const CsvRow& row, const std::string& column);

}  // namespace lens::synth
