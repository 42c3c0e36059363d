// output.hpp — a scorecard written out for people and tools.
//
//   JSON   the DESIGN contract: {"area", "period", "indicators": [{"id", "value", "numerator",
//          "denominator", "unit", "breakdown"?...}]}, plus last period, comparators, target, RAG,
//          notes and "exceptions". Values of pct, per_10k and working-day indicators are
//          rounded to one decimal place; numerators and denominators are exact, so the full
//          precision can be recomputed.
//   table  a plain-text table for a terminal, numbers with thousands separators, then each
//          breakdown.
//   CSV    one row per indicator, then one per breakdown category (`dimension` filled in).
//   XLSX   an "Indicators" sheet, one sheet per breakdown dimension, and a "Notes" sheet;
//          formatted for people (widths, number formats, RAG colours, frozen header).
// Every writer lists indicators, categories and comparators in the same order.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "measures/scorecard.hpp"

namespace lens::measures {

nlohmann::ordered_json to_json(const Scorecard& card);
void write_table(const Scorecard& card, std::ostream& out);
void write_csv(const Scorecard& card, std::ostream& out);
// Writes an .xlsx file; throws std::runtime_error naming the file if it cannot be written.
void write_xlsx(const Scorecard& card, const std::string& path);

// "13.7%", "1,234", "505.1", "34.0 days": a value as people read it; "—" when unknown.
std::string format_value(Unit unit, const std::optional<double>& value);

}  // namespace lens::measures
