#include "validation/ssda903_rule_tables.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace lens::validation {

std::vector<Ssda903ForRules> ssda903_for_rules(const ssda903::Ssda903Read& read, int year) {
  // Authorities in the read, each with the years its rows are of.
  std::map<std::string, std::set<int>> years_of;
  for (const auto& r : read.records) years_of[r.la].insert(r.year);
  std::vector<Ssda903ForRules> out;
  for (const auto& [la, years] : years_of) {
    Ssda903ForRules ret;
    ret.tables.kind = ReturnKind::Ssda903;
    ret.tables.la = la;
    const int current = year ? year : *years.rbegin();
    ret.tables.collection_year = current;
    // The rows of each (table, this year or last), in file order.
    struct Rows {
      std::vector<const ssda903::RawRecord*> rows;
      std::vector<std::string> extra;  // columns beyond the specification's, in name order
    };
    std::map<std::pair<ssda903::Table, bool>, Rows> grouped;
    for (const auto& r : read.records) {
      if (r.la != la) continue;
      const bool last = r.year == current - 1;
      if (r.year != current && !last) {
        ++ret.other_years;
        continue;
      }
      Rows& g = grouped[{r.table, last}];
      g.rows.push_back(&r);
      for (const auto& [column, value] : r.values)
        if (!ssda903::find_column(r.table, column) &&
            std::find(g.extra.begin(), g.extra.end(), column) == g.extra.end())
          g.extra.push_back(column);
      if (r.table == ssda903::Table::Header && !last) ++ret.children;
    }
    std::vector<std::string_view> cells;
    for (auto& [key, g] : grouped) {
      const auto& [table, last] = key;
      const ssda903::TableSpec& spec = ssda903::spec(table);
      std::vector<std::string> columns;
      for (const auto& c : spec.columns) columns.emplace_back(c.name);
      std::sort(g.extra.begin(), g.extra.end());
      columns.insert(columns.end(), g.extra.begin(), g.extra.end());
      Table t(std::string(spec.name) + (last ? "_last" : ""), g.rows.front()->file, columns);
      for (const ssda903::RawRecord* r : g.rows) {
        cells.assign(columns.size(), std::string_view());
        for (std::size_t c = 0; c < columns.size(); ++c)
          if (auto it = r->values.find(columns[c]); it != r->values.end()) cells[c] = it->second;
        t.add_row(r->line, cells);
      }
      ret.has_last_year = ret.has_last_year || last;
      ret.tables.add(std::move(t));
    }
    out.push_back(std::move(ret));
  }
  return out;
}

}  // namespace lens::validation
