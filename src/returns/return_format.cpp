#include "returns/return_format.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace lens {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// The name of the first element, skipping the XML declaration, comments and doctype.
std::string root_element(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  std::size_t i = 0;
  while ((i = head.find('<', i)) != std::string::npos) {
    ++i;
    if (i >= head.size()) break;
    char c = head[i];
    if (c == '?' || c == '!') continue;  // declaration, comment, doctype
    std::size_t end = i;
    while (end < head.size() && !std::isspace(static_cast<unsigned char>(head[end])) &&
           head[end] != '>' && head[end] != '/')
      ++end;
    std::string name = head.substr(i, end - i);
    auto colon = name.find(':');  // a namespace prefix
    return colon == std::string::npos ? name : name.substr(colon + 1);
  }
  return "";
}

ReturnFormat file_format(const fs::path& p) {
  if (lower_extension(p) == ".csv") return ReturnFormat::Ssda903;
  std::string root = root_element(p);
  if (root == "EXPSSDA903") return ReturnFormat::Ssda903;
  if (root == "Message") return ReturnFormat::CinCensus;
  return ReturnFormat::Unknown;
}

}  // namespace

ReturnFormat detect_return_format(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
      if (!entry.is_regular_file()) continue;
      std::string ext = lower_extension(entry.path());
      if (ext == ".csv") return ReturnFormat::Ssda903;
      if (ext == ".xml" && root_element(entry.path()) == "EXPSSDA903") return ReturnFormat::Ssda903;
    }
    return ReturnFormat::Unknown;
  }
  if (!fs::is_regular_file(path, ec)) return ReturnFormat::Unknown;
  return file_format(path);
}

}  // namespace lens
