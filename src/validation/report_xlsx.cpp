// The validation report as an XLSX workbook for analysts (libxlsxwriter), formatted like the
// measures workbook (measures/output/xlsx_output.cpp): GOV.UK blue bold headers, frozen header
// row, column widths for reading, autofilter on every sheet so findings can be filtered by rule,
// severity, child or table.
#include <xlsxwriter.h>

#include <stdexcept>

#include "validation/report.hpp"

namespace lens::validation {
namespace {

struct Column {
  const char* heading;
  double width;
};

class Sheet {
 public:
  Sheet(lxw_workbook* wb, const char* name, lxw_format* header, std::initializer_list<Column> columns)
      : ws_(workbook_add_worksheet(wb, name)), columns_(columns.size()) {
    lxw_col_t c = 0;
    for (const Column& col : columns) {
      worksheet_write_string(ws_, 0, c, col.heading, header);
      worksheet_set_column(ws_, c, c, col.width, nullptr);
      ++c;
    }
    worksheet_set_row(ws_, 0, 30, nullptr);
    worksheet_freeze_panes(ws_, 1, 0);
  }
  void text(lxw_col_t c, const std::string& s, lxw_format* f = nullptr) {
    if (!s.empty()) worksheet_write_string(ws_, row_, c, s.c_str(), f);
  }
  void number(lxw_col_t c, double n, lxw_format* f) { worksheet_write_number(ws_, row_, c, n, f); }
  void next() { ++row_; }
  lxw_row_t row() const { return row_; }
  // Autofilter over the header and every row written.
  void finish() {
    worksheet_autofilter(ws_, 0, 0, row_ > 1 ? row_ - 1 : 1, static_cast<lxw_col_t>(columns_ - 1));
  }

 private:
  lxw_worksheet* ws_;
  std::size_t columns_;
  lxw_row_t row_ = 1;
};

}  // namespace

void write_xlsx(const std::string& path, const std::vector<CheckedReturn>& results) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) throw std::runtime_error("cannot create " + path);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_bg_color(header, 0x1D70B8);  // GOV.UK blue
  format_set_font_color(header, LXW_COLOR_WHITE);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* count = workbook_add_format(wb);
  format_set_num_format(count, "#,##0");
  lxw_format* plain = workbook_add_format(wb);
  format_set_num_format(plain, "0");
  lxw_format* error = workbook_add_format(wb);
  format_set_bg_color(error, 0xFFC7CE);
  format_set_font_color(error, 0x9C0006);
  lxw_format* warning = workbook_add_format(wb);
  format_set_bg_color(warning, 0xFFEB9C);
  format_set_font_color(warning, 0x9C5700);
  auto severity_format = [&](Severity s) { return s == Severity::Error ? error : warning; };

  Sheet by_rule(wb, "By rule", header,
                {{"Return", 36}, {"Rule", 9}, {"Severity", 10}, {"Found", 9}, {"Message", 70}, {"Table", 20},
                 {"Fields", 30}});
  Sheet findings(wb, "Findings", header,
                 {{"Rule", 9}, {"Severity", 10}, {"Child", 16}, {"Table", 20}, {"Fields", 30},
                  {"Values as written", 30}, {"Message", 70}, {"File", 36}, {"Line", 9}});
  Sheet returns(wb, "Returns", header,
                {{"Return", 36}, {"Kind", 12}, {"Collection year", 12}, {"LA", 8}, {"Children", 11},
                 {"Errors", 10}, {"Warnings", 10}, {"DfE rules checked", 11}, {"Readable", 10}});
  for (const CheckedReturn& r : results) {
    for (const RuleGroup& g : group_by_rule(r)) {
      by_rule.text(0, r.name);
      by_rule.text(1, g.rule.empty() ? "structure" : g.rule);
      by_rule.text(2, severity_name(g.severity), severity_format(g.severity));
      by_rule.number(3, static_cast<double>(g.found.size()), count);
      by_rule.text(4, g.message, wrap);
      by_rule.text(5, g.table);
      by_rule.text(6, g.fields, wrap);
      by_rule.next();
    }
    for (const Found& f : r.found) {
      // A sheet holds 1,048,576 rows: say so rather than lose findings silently.
      if (findings.row() + 1 >= LXW_ROW_MAX) {
        findings.text(6, "... more findings than a sheet can hold: lens validate --format csv lists them all", wrap);
        findings.next();
        break;
      }
      const Problem& p = f.problem;
      findings.text(0, p.rule.empty() ? "structure" : p.rule);
      findings.text(1, severity_name(p.severity), severity_format(p.severity));
      findings.text(2, p.child);
      findings.text(3, p.table);
      findings.text(4, p.field);
      findings.text(5, values_text(f));
      findings.text(6, p.message, wrap);
      findings.text(7, p.file);
      if (p.line > 0) findings.number(8, p.line, plain);
      findings.next();
    }
    returns.text(0, r.name);
    returns.text(1, r.kind_known ? std::string(return_kind_name(r.kind)) : "");
    returns.text(2, r.collection_year > 0 ? collection_year_label(r.collection_year) : "");
    returns.text(3, r.la);
    returns.number(4, static_cast<double>(r.children), count);
    returns.number(5, static_cast<double>(r.errors()), count);
    returns.number(6, static_cast<double>(r.warnings()), count);
    returns.number(7, static_cast<double>(r.rules_checked), count);
    returns.text(8, r.unreadable ? "no" : "yes");
    returns.next();
  }
  by_rule.finish();
  findings.finish();
  returns.finish();
  if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path);
}

}  // namespace lens::validation
