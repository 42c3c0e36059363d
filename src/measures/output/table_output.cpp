#include <algorithm>
#include <string>
#include <vector>

#include "core/number_format.hpp"
#include "measures/output.hpp"

namespace lens::measures {
namespace {

std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;  // count UTF-8 characters, not bytes
  return n;
}

// Prints rows under a header; the first `left` columns are left-aligned, the rest right-aligned.
void print(std::ostream& out, const std::vector<std::vector<std::string>>& rows, std::size_t left) {
  std::vector<std::size_t> w;
  for (const auto& r : rows) {
    w.resize(std::max(w.size(), r.size()), 0);
    for (std::size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], width(r[i]));
  }
  for (std::size_t k = 0; k < rows.size(); ++k) {
    std::string line;
    for (std::size_t i = 0; i < rows[k].size(); ++i) {
      const std::string& cell = rows[k][i];
      std::string pad(w[i] - width(cell), ' ');
      if (i) line += "  ";
      line += i < left ? cell + pad : pad + cell;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
    if (k == 0) {
      std::string rule;
      for (std::size_t i = 0; i < w.size(); ++i) rule += (i ? "  " : "") + std::string(w[i], '-');
      out << rule << '\n';
    }
  }
}

std::string count_or_blank(const std::optional<std::int64_t>& n) { return n ? with_thousands(*n) : ""; }

std::string comparator(const ScoredIndicator& s, const char* key) {
  for (const auto& c : s.comparators)
    if (c.key == key) return format_value(s.result.indicator->unit, c.value);
  return "";
}

std::string travel(const ScoredIndicator& s) {
  if (s.direction.empty()) return "";
  std::string arrow = s.direction == "up" ? "↑" : s.direction == "down" ? "↓" : "→";
  return s.progress.empty() ? arrow : arrow + " " + s.progress;
}

}  // namespace

void write_table(const Scorecard& card, std::ostream& out) {
  out << card.area.name << ", " << card.period.label << " (" << card.period.start.iso() << " to "
      << card.period.end.iso() << ")\n\n";
  std::vector<std::vector<std::string>> rows = {{"Indicator", "Value", "Numerator", "Denominator", "Last period",
                                                 "Travel", "England", "London", "Neighbours", "Published", "Target", "RAG"}};
  for (const auto& s : card.indicators) {
    const Indicator& ind = *s.result.indicator;
    const Figure& f = s.result.figure;
    rows.push_back({std::string(ind.id), format_value(ind.unit, f.value), with_thousands(f.numerator),
                    count_or_blank(f.denominator), s.last ? format_value(ind.unit, s.last->value) : "", travel(s),
                    comparator(s, "england"), comparator(s, "london"), comparator(s, "statistical_neighbours"),
                    comparator(s, "published"), s.target ? format_value(ind.unit, s.target->target) : "", std::string(rag_name(s.rag))});
  }
  print(out, rows, 1);

  for (const auto& s : card.indicators) {
    const Indicator& ind = *s.result.indicator;
    if (ind.unit == Unit::WorkingDays && s.result.median)
      out << "\n" << ind.id << ": median " << format_value(ind.unit, s.result.median) << "\n";
    for (const auto& b : s.result.breakdowns) {
      out << "\n" << ind.id << " by " << dim_title(b.dim) << "\n";
      std::vector<std::vector<std::string>> brows = {{"Code", "Category", "Value", "Numerator", "Denominator"}};
      if (ind.unit == Unit::Count) brows[0].push_back("Share");
      for (const auto& r : b.rows) {
        brows.push_back({std::string(r.code), std::string(r.label), format_value(ind.unit, r.figure.value),
                         with_thousands(r.figure.numerator), count_or_blank(r.figure.denominator)});
        if (ind.unit == Unit::Count) brows.back().push_back(format_value(Unit::Percent, r.share));
      }
      print(out, brows, 2);
    }
  }

  std::vector<std::string> notes = card.notes;
  for (const auto& s : card.indicators)
    for (const auto& n : s.result.notes) notes.push_back(std::string(s.result.indicator->id) + ": " + n);
  if (!notes.empty()) {
    out << "\nNotes\n";
    for (const auto& n : notes) out << "- " << n << '\n';
  }
  bool any = false;
  for (const auto& s : card.indicators) {
    if (s.exceptions.empty()) continue;
    if (!any) out << "\nExceptions\n";
    any = true;
    out << "- " << s.result.indicator->id << ": ";
    for (std::size_t i = 0; i < s.exceptions.size(); ++i) out << (i ? "; " : "") << s.exceptions[i];
    out << '\n';
  }
}

}  // namespace lens::measures
