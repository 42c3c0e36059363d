#include "core/problem.hpp"

namespace lens {

std::string to_string(const Problem& p) {
  std::string out = p.file;
  if (p.line > 0) out += ":" + std::to_string(p.line);
  out += ": ";
  if (p.severity == Severity::Warning) out += "warning: ";
  if (!p.rule.empty()) out += "rule " + p.rule + ": ";
  if (!p.child.empty()) out += "child " + p.child + ": ";
  if (!p.field.empty()) out += "<" + p.field + "> ";
  out += p.message;
  return out;
}

}  // namespace lens
