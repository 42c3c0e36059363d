// authorities.hpp — the local authorities of England: DfE LA number, ONS code, name, region.
//
// Read from data/la_codes.csv (derived from the DfE's children-in-need publication, whose
// rows carry both codes; the file's header comment cites it). A census names its authority by
// the DfE 3-digit number (`LEA`); people name it by that, by the ONS code or by name, and
// find() accepts any of the three (names case-insensitively, "and"/"&" alike). Authorities
// that were replaced (Northamptonshire in 2021, for example) are kept with their last year.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lens::measures {

struct AuthorityInfo {
  std::string la_code;      // DfE number, "301"
  std::string ons_code;     // "E09000002"
  std::string name;         // "Barking and Dagenham"
  std::string region_code;  // ONS region, or Inner/Outer London: "E13000002"
  std::string region_name;
  bool london = false;
  int first_year = 0;  // DfE collection years (year ending 31 March) it appears in
  int last_year = 0;
};

class AuthorityDirectory {
 public:
  static AuthorityDirectory load(const std::string& path);
  static AuthorityDirectory load_default();  // data/la_codes.csv

  void add(AuthorityInfo info) { all_.push_back(std::move(info)); }
  const AuthorityInfo* find(std::string_view code_or_name) const;
  const AuthorityInfo* by_la_code(std::string_view la_code) const;
  const std::vector<AuthorityInfo>& all() const { return all_; }

 private:
  std::vector<AuthorityInfo> all_;
};

}  // namespace lens::measures
