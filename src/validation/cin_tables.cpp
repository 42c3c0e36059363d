#include "validation/cin_tables.hpp"

#include <vector>

#include "returns/cin/census_rows.hpp"

namespace lens::validation {
namespace {

// Appends each row the reader hands over to the table of its kind.
class TableSink : public cin::CensusRows {
 public:
  explicit TableSink(const std::string& file) {
    // In CensusTable order, so a table's kind is its index.
    for (const auto& spec : cin::census_tables())
      tables_.emplace_back(std::string(spec.name), file,
                           std::vector<std::string>(spec.columns.begin(), spec.columns.end()));
  }
  void row(cin::CensusTable table, int line, std::span<const std::string_view> cells) override {
    cells_.assign(cells.begin(), cells.end());
    tables_[static_cast<std::size_t>(table)].add_row(line, cells_);
  }
  ReturnTables finish(const cin::CensusFile& file) {
    ReturnTables r;
    r.kind = ReturnKind::CinCensus;
    const Table& header = tables_[static_cast<std::size_t>(cin::CensusTable::Header)];
    r.collection_year = file.census.header.collection_year;
    if (r.collection_year == 0 && header.rows() > 0)
      if (OptDate d = header.date(0, header.column("ReferenceDate"))) r.collection_year = d->month() >= 4 ? d->year() + 1 : d->year();
    r.la = file.census.header.la;
    if (!file.unreadable)
      for (auto& t : tables_) r.add(std::move(t));
    return r;
  }

 private:
  std::vector<Table> tables_;
  std::vector<std::string_view> cells_;
};

}  // namespace

CensusForRules read_census_for_rules(const std::string& path) {
  TableSink sink(path);
  CensusForRules out;
  out.file = cin::read_census_file(path, &sink);
  out.tables = sink.finish(out.file);
  return out;
}

CensusForRules read_census_text_for_rules(std::string_view xml, const std::string& name) {
  TableSink sink(name);
  CensusForRules out;
  out.file = cin::read_census_text(xml, name, &sink);
  out.tables = sink.finish(out.file);
  return out;
}

}  // namespace lens::validation
