#include "measures/authority_codes.hpp"

#include <regex>
#include <sstream>

#include "measures/engine.hpp"

namespace lens::measures {

std::vector<std::string> authority_codes(const std::vector<std::string>& given, const AuthorityDirectory& dir) {
  static const std::regex dfe_number(R"(\d{3})");
  std::vector<std::string> codes;
  for (const auto& text : given) {
    std::stringstream parts(text);
    for (std::string part; std::getline(parts, part, ',');) {
      while (!part.empty() && part.front() == ' ') part.erase(part.begin());
      while (!part.empty() && part.back() == ' ') part.pop_back();
      if (part.empty()) continue;
      if (const AuthorityInfo* a = dir.find(part)) {
        codes.push_back(a->la_code);
      } else if (std::regex_match(part, dfe_number)) {
        codes.push_back(part);
      } else {
        throw MeasuresError("unknown local authority '" + part +
                            "': give its DfE number (301), ONS code (E09000002) or name (Barking and Dagenham)");
      }
    }
  }
  return codes;
}

}  // namespace lens::measures
