#include "validation/rule.hpp"

#include <algorithm>
#include <climits>
#include <stdexcept>
#include <tuple>

namespace lens::validation {
namespace {

std::vector<Rule>& registry() {
  static std::vector<Rule> rules;
  return rules;
}

// "205A" -> (205, "A"); "8535Q" -> (8535, "Q"). Codes that start with a letter (the 903's
// "INT01", "EPI", "SW02STG1") come after every numbered code, in text order.
std::pair<long, std::string_view> code_key(std::string_view code) {
  long n = 0;
  std::size_t i = 0;
  for (; i < code.size() && code[i] >= '0' && code[i] <= '9'; ++i) n = n * 10 + (code[i] - '0');
  if (i == 0) return {LONG_MAX, code};
  return {n, code.substr(i)};
}

}  // namespace

RuleRegistration::RuleRegistration(Rule rule) {
  if (rule.code.empty() || !rule.check) throw std::logic_error("a validation rule needs a code and a check");
  registry().push_back(std::move(rule));
}

const std::vector<Rule>& all_rules() {
  // Rules register during static initialisation, before main; the sorted list is made once, on
  // first use after that (thread-safe as a function-local static).
  static const std::vector<Rule> rules = [] {
    std::vector<Rule> all = registry();
    std::stable_sort(all.begin(), all.end(), [](const Rule& a, const Rule& b) {
      return std::tuple(a.kind, code_key(a.code)) < std::tuple(b.kind, code_key(b.code));
    });
    return all;
  }();
  return rules;
}

const Rule* find_rule(ReturnKind kind, std::string_view code) {
  for (const Rule& r : all_rules())
    if (r.kind == kind && r.code == code) return &r;
  return nullptr;
}

}  // namespace lens::validation
