#include "server/format.hpp"

#include <fmt/core.h>

namespace lens::server {

std::string people_date(const OptDate& d) {
  static const char* kMonths[] = {"January", "February", "March",     "April",   "May",
                                  "June",    "July",     "August",    "September", "October",
                                  "November", "December"};
  if (!d) return "";
  return fmt::format("{} {} {}", d->day(), kMonths[d->month() - 1], d->year());
}

std::string url_encode(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

std::string csv_field(const std::string& s) {
  std::string v = s;
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace lens::server
