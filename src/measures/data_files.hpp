// data_files.hpp — where the reference data Lens ships (data/) is found, and how a missing or
// malformed file is reported.
//
// The data folder is, in order: the one given on the command line (--data-dir), the
// LENS_DATA_DIR environment variable, or data/ in the source tree Lens was built from
// (LENS_SOURCE_DIR). A file that is not there is a DataError naming the full path and how to
// point Lens at the right folder; a line that cannot be read names file and line.
#pragma once

#include <fstream>
#include <stdexcept>
#include <string>

namespace lens::measures {

class DataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Sets the folder for the rest of the program (empty: back to the default).
void set_data_dir(const std::string& dir);
std::string data_dir();
// Full path of a file under the data folder, e.g. data_path("la_codes.csv").
std::string data_path(const std::string& relative);
// Opens a data file for reading, or throws DataError.
std::ifstream open_data_file(const std::string& path);

}  // namespace lens::measures
