#include <xlsxwriter.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "measures/output.hpp"

namespace lens::measures {
namespace {

struct Formats {
  lxw_format* header;
  lxw_format* text;
  lxw_format* wrap;
  lxw_format* count;
  lxw_format* decimal;
  lxw_format* green;
  lxw_format* amber;
  lxw_format* red;
  lxw_format* title;
};

Formats make_formats(lxw_workbook* wb) {
  Formats f{};
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0x1D70B8);  // GOV.UK blue
  format_set_font_color(f.header, LXW_COLOR_WHITE);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  f.text = workbook_add_format(wb);
  f.wrap = workbook_add_format(wb);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  f.count = workbook_add_format(wb);
  format_set_num_format(f.count, "#,##0");
  f.decimal = workbook_add_format(wb);
  format_set_num_format(f.decimal, "#,##0.0");
  auto fill = [&](lxw_color_t bg, lxw_color_t fg) {
    lxw_format* x = workbook_add_format(wb);
    format_set_bg_color(x, bg);
    format_set_font_color(x, fg);
    format_set_bold(x);
    return x;
  };
  f.green = fill(0xC6EFCE, 0x006100);
  f.amber = fill(0xFFEB9C, 0x9C5700);
  f.red = fill(0xFFC7CE, 0x9C0006);
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  return f;
}

class Sheet {
 public:
  Sheet(lxw_worksheet* ws, const Formats& f) : ws_(ws), f_(f) {}
  void text(lxw_row_t r, lxw_col_t c, const std::string& s, lxw_format* fmt = nullptr) {
    if (!s.empty()) worksheet_write_string(ws_, r, c, s.c_str(), fmt);
  }
  void value(lxw_row_t r, lxw_col_t c, Unit unit, const std::optional<double>& v) {
    if (!v) return;
    if (unit == Unit::Count)
      worksheet_write_number(ws_, r, c, *v, f_.count);
    else
      worksheet_write_number(ws_, r, c, shown(unit, *v), f_.decimal);
  }
  void count(lxw_row_t r, lxw_col_t c, const std::optional<std::int64_t>& n) {
    if (n) worksheet_write_number(ws_, r, c, static_cast<double>(*n), f_.count);
  }
  void header(const std::vector<std::pair<std::string, double>>& columns) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
      worksheet_write_string(ws_, 0, static_cast<lxw_col_t>(i), columns[i].first.c_str(), f_.header);
      worksheet_set_column(ws_, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), columns[i].second, nullptr);
    }
    worksheet_set_row(ws_, 0, 32, nullptr);
    worksheet_freeze_panes(ws_, 1, 0);
  }
  lxw_worksheet* raw() { return ws_; }

 private:
  lxw_worksheet* ws_;
  const Formats& f_;
};

std::string unit_heading(Unit u) {
  switch (u) {
    case Unit::Count: return "count";
    case Unit::Percent: return "%";
    case Unit::Per10k: return "per 10,000";
    case Unit::Days: return "days";
    case Unit::WorkingDays: return "working days";
  }
  return "";
}

const Comparator* find(const ScoredIndicator& s, const char* key) {
  for (const auto& c : s.comparators)
    if (c.key == key) return &c;
  return nullptr;
}

}  // namespace

void write_xlsx(const Scorecard& card, const std::string& path) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) throw std::runtime_error("cannot create " + path);
  Formats f = make_formats(wb);

  Sheet ind(workbook_add_worksheet(wb, "Indicators"), f);
  ind.header({{"Indicator", 34}, {"Title", 44}, {"Unit", 12}, {"Value", 11}, {"Numerator", 11}, {"Denominator", 12},
              {"Last period", 11}, {"Travel", 10}, {"England", 10}, {"London", 10}, {"Region", 10},
              {"Statistical neighbours", 13}, {"Published for the area", 13}, {"Target", 9}, {"Tolerance", 10},
              {"RAG", 8}, {"Exception", 28}, {"Notes", 50}});
  lxw_row_t r = 1;
  for (const auto& s : card.indicators) {
    const Indicator& i = *s.result.indicator;
    ind.text(r, 0, std::string(i.id));
    ind.text(r, 1, std::string(i.title), f.wrap);
    ind.text(r, 2, unit_heading(i.unit));
    ind.value(r, 3, i.unit, s.result.figure.value);
    ind.count(r, 4, s.result.figure.numerator);
    ind.count(r, 5, s.result.figure.denominator);
    if (s.last) ind.value(r, 6, i.unit, s.last->value);
    ind.text(r, 7, s.progress.empty() ? s.direction : s.direction + ", " + s.progress);
    const char* keys[] = {"england", "london", "region", "statistical_neighbours", "published"};
    for (int k = 0; k < 5; ++k)
      if (const Comparator* c = find(s, keys[k])) ind.value(r, static_cast<lxw_col_t>(8 + k), i.unit, c->value);
    if (s.target) {
      worksheet_write_number(ind.raw(), r, 13, s.target->target, f.decimal);
      worksheet_write_number(ind.raw(), r, 14, s.target->tolerance, f.decimal);
    }
    lxw_format* rag = s.rag == Rag::Green ? f.green : s.rag == Rag::Amber ? f.amber : s.rag == Rag::Red ? f.red : nullptr;
    ind.text(r, 15, std::string(rag_name(s.rag)), rag);
    std::string why, notes;
    for (const auto& e : s.exceptions) why += (why.empty() ? "" : "; ") + e;
    for (const auto& n : s.result.notes) notes += (notes.empty() ? "" : "; ") + n;
    ind.text(r, 16, why, f.wrap);
    ind.text(r, 17, notes, f.wrap);
    ++r;
  }
  worksheet_autofilter(ind.raw(), 0, 0, r - 1, 17);

  // One sheet per breakdown dimension, in dimension order.
  for (int d = 0; d < kDimCount; ++d) {
    const Dim dim = static_cast<Dim>(d);
    bool used = false;
    for (const auto& s : card.indicators)
      for (const auto& b : s.result.breakdowns) used |= b.dim == dim;
    if (!used) continue;
    std::string name = "By " + std::string(dim_title(dim));
    if (name.size() > 31) name.resize(31);  // Excel's limit on sheet names
    Sheet sh(workbook_add_worksheet(wb, name.c_str()), f);
    sh.header({{"Indicator", 34}, {"Code", 12}, {"Category", 40}, {"Unit", 12}, {"Value", 11}, {"Numerator", 11},
               {"Denominator", 12}, {"Share of total (%)", 12}});
    lxw_row_t row = 1;
    for (const auto& s : card.indicators) {
      const Indicator& i = *s.result.indicator;
      for (const auto& b : s.result.breakdowns) {
        if (b.dim != dim) continue;
        for (const auto& c : b.rows) {
          sh.text(row, 0, std::string(i.id));
          sh.text(row, 1, std::string(c.code));
          sh.text(row, 2, std::string(c.label));
          sh.text(row, 3, unit_heading(i.unit));
          sh.value(row, 4, i.unit, c.figure.value);
          sh.count(row, 5, c.figure.numerator);
          sh.count(row, 6, c.figure.denominator);
          sh.value(row, 7, Unit::Percent, c.share);
          ++row;
        }
      }
    }
    worksheet_autofilter(sh.raw(), 0, 0, row - 1, 7);
  }

  Sheet notes(workbook_add_worksheet(wb, "Notes"), f);
  worksheet_set_column(notes.raw(), 0, 0, 22, nullptr);
  worksheet_set_column(notes.raw(), 1, 1, 100, f.wrap);
  notes.text(0, 0, "Lens performance framework", f.title);
  lxw_row_t n = 2;
  notes.text(n, 0, "Area");
  notes.text(n++, 1, card.area.name);
  notes.text(n, 0, "Period");
  notes.text(n++, 1, card.period.label + " (" + card.period.start.iso() + " to " + card.period.end.iso() + ")");
  notes.text(n, 0, "Last period");
  notes.text(n++, 1, card.previous.label + " (" + card.previous.start.iso() + " to " + card.previous.end.iso() + ")");
  for (const auto& note : card.notes) {
    notes.text(n, 0, "Note");
    notes.text(n++, 1, note);
  }
  ++n;
  notes.text(n++, 0, "Definitions and sources", f.header);
  for (const auto& s : card.indicators) {
    const Indicator& i = *s.result.indicator;
    std::string text = std::string(i.definition) + " Benchmark: " + std::string(i.benchmark);
    for (const auto& c : s.comparators) text += " " + c.name + ": " + c.source + ".";
    notes.text(n, 0, std::string(i.id));
    notes.text(n++, 1, text);
  }

  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path + ": " + lxw_strerror(err));
}

}  // namespace lens::measures
