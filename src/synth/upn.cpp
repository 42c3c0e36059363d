#include "synth/upn.hpp"

#include <fmt/core.h>

#include <stdexcept>

namespace lens::synth {
namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

std::string make_upn(std::string_view la, int establishment, int year, int serial) {
  if (la.size() != 3 || !is_digit(la[0]) || !is_digit(la[1]) || !is_digit(la[2]) ||
      establishment < 0 || establishment > 9999 || year < 0 || year > 99 || serial < 0 ||
      serial > 999)
    throw std::invalid_argument("make_upn: out of range");
  std::string body = fmt::format("{}{:04d}{:02d}{:03d}", la, establishment, year, serial);
  return *upn_check_letter(body) + body;
}

}  // namespace lens::synth
