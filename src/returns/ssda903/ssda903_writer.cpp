#include "returns/ssda903/ssda903_writer.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "core/csv.hpp"
#include "core/sha256.hpp"
#include "returns/ssda903/ssda903_tables.hpp"

namespace lens::ssda903 {
namespace {

std::string date(const OptDate& d) {
  if (!d) return "";
  auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  return two(d->day()) + "/" + two(d->month()) + "/" + std::to_string(d->year());
}
std::string yes_no(const std::optional<bool>& b) { return b ? (*b ? "1" : "0") : ""; }
std::string integer(const std::optional<int>& n) { return n ? std::to_string(*n) : ""; }

class TableWriter {
 public:
  TableWriter(const LookedAfterReturn& r, Table t, const WriteOptions& options)
      : r_(r), spec_(spec(t)), options_(options) {
    std::vector<std::string> names;
    for (const auto& c : spec_.columns) names.emplace_back(c.name);
    if (options_.la_and_year) {
      names.emplace_back("LA");
      names.emplace_back("YEAR");
    }
    line(names);
  }
  // A row: the values of the table's columns, in order.
  void row(std::vector<std::string> values) {
    if (options_.la_and_year) {
      values.push_back(r_.la);
      values.push_back(std::to_string(r_.collection_year));
    }
    line(values);
  }
  CsvTableFile done() { return {std::string(spec_.file_stem) + ".csv", std::move(text_)}; }

 private:
  void line(const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) text_ += (i ? "," : "") + csv_field(values[i]);
    text_ += "\r\n";
  }
  const LookedAfterReturn& r_;
  const TableSpec& spec_;
  const WriteOptions& options_;
  std::string text_;
};

}  // namespace

std::vector<CsvTableFile> write_ssda903_tables(const LookedAfterReturn& r, const WriteOptions& options) {
  std::vector<TableWriter> w;
  for (const auto& t : tables()) w.emplace_back(r, t.table, options);
  auto at = [&](Table t) -> TableWriter& { return w[static_cast<std::size_t>(t)]; };
  bool social_workers = r.collection_year >= spec(Table::SocialWorker).first_year;
  for (const auto& c : r.children) {
    const std::string& id = c.la_child_id;
    const std::string dob = date(c.birth);
    at(Table::Header).row({id, c.sex, dob, c.ethnicity, c.upn, c.mother, date(c.mother_child_birth)});
    for (const auto& e : c.episodes)
      at(Table::Episodes).row({id, date(e.start), e.reason_new, e.legal_status, e.category_of_need,
                               e.placement, e.provider, date(e.end), e.reason_ceased,
                               e.reason_place_change, e.home_postcode, e.placement_postcode, e.urn});
    for (const auto& rv : c.reviews) at(Table::Reviews).row({id, dob, date(rv.date), rv.participation});
    for (const auto& u : c.uasc) at(Table::Uasc).row({id, c.sex, dob, date(u.ceased)});
    for (const auto& h : c.health)
      at(Table::Oc2).row({id, dob, integer(h.sdq_score), h.sdq_reason, yes_no(h.convicted),
                          yes_no(h.health_check), yes_no(h.immunisations), yes_no(h.teeth_check),
                          yes_no(h.health_assessment), yes_no(h.substance_misuse),
                          yes_no(h.intervention_received), yes_no(h.intervention_offered)});
    for (const auto& o : c.care_leaver)
      at(Table::Oc3).row({id, dob, o.in_touch, o.activity, o.accommodation});
    for (const auto& a : c.adoptions)
      at(Table::Ad1).row({id, dob, date(a.should_be_placed), date(a.matched), yes_no(a.foster_carer),
                          integer(a.adopters), a.adopter_sex, a.adopter_legal_status});
    for (const auto& p : c.placed_for_adoption)
      at(Table::PlacedAdoption).row({id, dob, date(p.decided), date(p.reversed), p.reason});
    for (const auto& p : c.previous_permanence)
      at(Table::PrevPerm).row({id, dob, p.option, p.la, p.date});
    for (const auto& m : c.missing)
      at(Table::Missing).row({id, dob, m.kind, date(m.start), date(m.end)});
    for (const auto& s : c.social_workers) {
      social_workers = true;
      at(Table::SocialWorker).row({id, dob, s.worker, date(s.start), date(s.end), s.reason});
    }
  }
  std::vector<CsvTableFile> out;
  for (auto& t : w) out.push_back(t.done());
  if (!social_workers) out.pop_back();  // SocialWorker is the last table
  return out;
}

void write_ssda903(const LookedAfterReturn& r, const std::string& folder, const WriteOptions& options) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) throw std::runtime_error("cannot create the folder " + folder + ": " + ec.message());
  for (const auto& t : write_ssda903_tables(r, options)) {
    auto path = std::filesystem::path(folder) / t.file_name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << t.text;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path.string());
  }
}

std::string ssda903_sha256(const LookedAfterReturn& r) {
  std::string all = "SSDA903 " + r.la + " " + std::to_string(r.collection_year) + "\n";
  for (const auto& t : write_ssda903_tables(r)) all += t.file_name + "\n" + t.text;
  return sha256_hex(all);
}

}  // namespace lens::ssda903
