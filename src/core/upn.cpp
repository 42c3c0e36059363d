#include "core/upn.hpp"

namespace lens {
namespace {
constexpr std::string_view kAlphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";  // 23 letters, no I O S
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

std::optional<char> upn_check_letter(std::string_view body) {
  if (body.size() != 12) return std::nullopt;
  int sum = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const int weight = static_cast<int>(i) + 2;
    const char c = body[i];
    if (is_digit(c)) {
      sum += (c - '0') * weight;
    } else if (i == 11 && kAlphabet.find(c) != std::string_view::npos) {
      sum += static_cast<int>(kAlphabet.find(c)) * weight;
    } else {
      return std::nullopt;
    }
  }
  return kAlphabet[static_cast<std::size_t>(sum % 23)];
}

bool is_valid_upn(std::string_view upn) {
  if (upn.size() != 13) return false;
  auto letter = upn_check_letter(upn.substr(1));
  return letter && *letter == upn[0];
}

}  // namespace lens
