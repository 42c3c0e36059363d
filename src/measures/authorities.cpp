#include "measures/authorities.hpp"

#include <fmt/core.h>

#include <cctype>

#include "measures/csv.hpp"
#include "measures/data_files.hpp"

namespace lens::measures {
namespace {

// Lower case, "&" read as "and", runs of spaces and punctuation as one space.
std::string fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&') {
      out += out.empty() || out.back() == ' ' ? "and " : " and ";
      continue;
    }
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

AuthorityDirectory AuthorityDirectory::load(const std::string& path) {
  auto in = open_data_file(path);
  CsvReader reader(in);
  std::vector<std::string> row;
  if (!reader.next(row)) throw DataError(path + ": the file is empty");
  CsvHeader h(row);
  auto la = h.find("la_code"), ons = h.find("ons_code"), name = h.find("name"), rc = h.find("region_code"),
       rn = h.find("region_name"), london = h.find("london"), first = h.find("first_year"), last = h.find("last_year");
  if (!la || !ons || !name || !rc || !rn || !london || !first || !last)
    throw DataError(path + ": expected the columns la_code, ons_code, name, region_code, region_name, london, first_year, last_year");
  AuthorityDirectory d;
  while (reader.next(row)) {
    if (row.size() < h.names().size())
      throw DataError(fmt::format("{}:{}: expected {} fields, found {}", path, reader.line(), h.names().size(), row.size()));
    AuthorityInfo a{row[*la], row[*ons], row[*name], row[*rc], row[*rn], row[*london] == "true",
                    std::atoi(row[*first].c_str()), std::atoi(row[*last].c_str())};
    d.add(std::move(a));
  }
  return d;
}

AuthorityDirectory AuthorityDirectory::load_default() { return load(data_path("la_codes.csv")); }

const AuthorityInfo* AuthorityDirectory::by_la_code(std::string_view la_code) const {
  for (const auto& a : all_)
    if (a.la_code == la_code) return &a;
  return nullptr;
}

const AuthorityInfo* AuthorityDirectory::find(std::string_view key) const {
  if (const auto* a = by_la_code(key)) return a;
  for (const auto& a : all_)
    if (a.ons_code == key) return &a;
  const std::string folded = fold(key);
  for (const auto& a : all_)
    if (fold(a.name) == folded) return &a;
  return nullptr;
}

}  // namespace lens::measures
