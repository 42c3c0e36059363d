#include <algorithm>
#include <string>
#include <vector>

#include "core/number_format.hpp"
#include "measures/csv.hpp"
#include "measures/output.hpp"

namespace lens::measures {
namespace {

// Plain numbers for tools: no thousands separators; one decimal place but for counts.
std::string plain(Unit unit, const std::optional<double>& v) {
  if (!v) return "";
  if (unit == Unit::Count) return std::to_string(static_cast<std::int64_t>(*v));
  std::string s = one_decimal(*v);
  s.erase(std::remove(s.begin(), s.end(), ','), s.end());
  return s;
}

std::string plain_int(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : ""; }

std::string comparator(const ScoredIndicator& s, const char* key) {
  for (const auto& c : s.comparators)
    if (c.key == key) return plain(s.result.indicator->unit, c.value);
  return "";
}

}  // namespace

void write_csv(const Scorecard& card, std::ostream& out) {
  write_csv_row(out, {"area", "period_start", "period_end", "id", "title", "unit", "polarity", "dimension", "category",
                      "label", "value", "numerator", "denominator", "share", "median", "last_value", "direction",
                      "progress", "england", "london", "region", "statistical_neighbours", "published", "target",
                      "tolerance", "rag", "exception", "notes"});
  const std::string start = card.period.start.iso(), end = card.period.end.iso();
  for (const auto& s : card.indicators) {
    const Indicator& ind = *s.result.indicator;
    const Figure& f = s.result.figure;
    std::string notes, exceptions;
    for (const auto& n : s.result.notes) notes += (notes.empty() ? "" : "; ") + n;
    for (const auto& e : s.exceptions) exceptions += (exceptions.empty() ? "" : "; ") + e;
    write_csv_row(out, {card.area.name, start, end, std::string(ind.id), std::string(ind.title),
                        std::string(unit_name(ind.unit)), std::string(polarity_name(ind.polarity)), "", "", "",
                        plain(ind.unit, f.value), std::to_string(f.numerator), plain_int(f.denominator), "",
                        plain(ind.unit, s.result.median), s.last ? plain(ind.unit, s.last->value) : "", s.direction,
                        s.progress, comparator(s, "england"), comparator(s, "london"), comparator(s, "region"),
                        comparator(s, "statistical_neighbours"), comparator(s, "published"),
                        s.target ? plain(ind.unit, s.target->target) : "",
                        s.target ? plain(ind.unit, s.target->tolerance) : "", std::string(rag_name(s.rag)), exceptions,
                        notes});
    for (const auto& b : s.result.breakdowns)
      for (const auto& r : b.rows)
        write_csv_row(out, {card.area.name, start, end, std::string(ind.id), std::string(ind.title),
                            std::string(unit_name(ind.unit)), std::string(polarity_name(ind.polarity)),
                            std::string(dim_name(b.dim)), std::string(r.code), std::string(r.label),
                            plain(ind.unit, r.figure.value), std::to_string(r.figure.numerator),
                            plain_int(r.figure.denominator), plain(Unit::Percent, r.share), "", "", "", "", "", "", "",
                            "", "", "", "", "", "", ""});
  }
}

}  // namespace lens::measures
