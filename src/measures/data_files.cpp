#include "measures/data_files.hpp"

#include <cstdlib>
#include <filesystem>
#include <mutex>

namespace lens::measures {
namespace {

std::mutex& lock() {
  static std::mutex m;
  return m;
}
std::string& chosen() {
  static std::string dir;
  return dir;
}

}  // namespace

void set_data_dir(const std::string& dir) {
  std::lock_guard<std::mutex> guard(lock());
  chosen() = dir;
}

std::string data_dir() {
  {
    std::lock_guard<std::mutex> guard(lock());
    if (!chosen().empty()) return chosen();
  }
  if (const char* env = std::getenv("LENS_DATA_DIR"); env && *env) return env;
  return std::string(LENS_SOURCE_DIR) + "/data";
}

std::string data_path(const std::string& relative) {
  return (std::filesystem::path(data_dir()) / relative).string();
}

std::ifstream open_data_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw DataError("data file not found: " + path +
                    " (Lens reads its reference data from " + data_dir() +
                    "; point it elsewhere with --data-dir or LENS_DATA_DIR)");
  return in;
}

}  // namespace lens::measures
