// targets.hpp — a partnership's local targets and tolerances, and the RAG rating they give.
//
// Targets are configuration, one CSV per partnership: `indicator_id, target, tolerance, source`
// (data/targets/example.csv shows the shape with the targets the Barking and Dagenham reports
// quote). The rating follows the indicator's polarity (spec/indicators.md): green when the
// value is at or better than the target, amber when worse but within the tolerance, red beyond
// it. Values are rated as shown, to one decimal place. An indicator without polarity, without a target, or without a value has no rating.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "measures/indicator.hpp"

namespace lens::measures {

struct Target {
  double target = 0;
  double tolerance = 0;
  std::string source;
};

enum class Rag { None, Green, Amber, Red };
std::string_view rag_name(Rag r);  // "", "green", "amber", "red"

class TargetTable {
 public:
  static TargetTable load(const std::string& path);
  void set(const std::string& indicator_id, Target t) { by_id_[indicator_id] = std::move(t); }
  const Target* find(std::string_view indicator_id) const;
  bool empty() const { return by_id_.empty(); }

 private:
  std::map<std::string, Target, std::less<>> by_id_;
};

Rag rate(Polarity polarity, const Target& target, std::optional<double> value);

}  // namespace lens::measures
