// Writes a census in CIN_schema_2024.xsd's element order (shared/reference/data/cin_census_xsd/),
// two-space indented, one element a line. Text is escaped; codes and ids are written as held.
#include "returns/cin/census_writer.hpp"

#include <fmt/core.h>

#include <iterator>
#include <string>
#include <string_view>

namespace lens::cin {
namespace {

class Writer {
 public:
  explicit Writer(std::ostream& out) : out_(out) { buf_.reserve(kFlushAt + 4096); }
  ~Writer() { flush(); }

  void open(int depth, std::string_view name) {
    indent(depth);
    buf_ += '<';
    buf_ += name;
    buf_ += ">\n";
  }
  void close(int depth, std::string_view name) {
    indent(depth);
    buf_ += "</";
    buf_ += name;
    buf_ += ">\n";
    if (buf_.size() >= kFlushAt) flush();
  }
  void leaf(int depth, std::string_view name, std::string_view value) {
    indent(depth);
    buf_ += '<';
    buf_ += name;
    buf_ += '>';
    escape(value);
    buf_ += "</";
    buf_ += name;
    buf_ += ">\n";
  }
  // Optional elements: nothing when empty.
  void opt(int depth, std::string_view name, std::string_view value) {
    if (!value.empty()) leaf(depth, name, value);
  }
  void opt(int depth, std::string_view name, const OptDate& d) {
    if (d) leaf(depth, name, d->iso());
  }
  void date(int depth, std::string_view name, Date d) { leaf(depth, name, d.iso()); }
  void yes_no(int depth, std::string_view name, bool v) { leaf(depth, name, v ? "true" : "false"); }
  void raw(std::string_view s) { buf_ += s; }

  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  static constexpr std::size_t kFlushAt = 1 << 16;
  void indent(int depth) { buf_.append(static_cast<std::size_t>(depth) * 2, ' '); }
  void escape(std::string_view s) {
    for (char c : s) {
      switch (c) {
        case '&': buf_ += "&amp;"; break;
        case '<': buf_ += "&lt;"; break;
        case '>': buf_ += "&gt;"; break;
        default: buf_ += c;
      }
    }
  }
  std::ostream& out_;
  std::string buf_;
};

void write_episode(Writer& w, const CinEpisode& e) {
  w.open(3, "CINdetails");
  w.date(4, "CINreferralDate", e.referral);
  w.leaf(4, "ReferralSource", e.source);
  w.opt(4, "PrimaryNeedCode", e.primary_need);
  w.opt(4, "CINclosureDate", e.closure);
  w.opt(4, "ReasonForClosure", e.closure_reason);
  w.opt(4, "DateOfInitialCPC", e.icpc);
  for (const Assessment& a : e.assessments) {
    w.open(4, "Assessments");
    w.date(5, "AssessmentActualStartDate", a.start);
    w.opt(5, "AssessmentInternalReviewDate", a.internal_review);
    w.opt(5, "AssessmentAuthorisationDate", a.authorised);
    if (!a.factors.empty()) {
      w.open(5, "FactorsIdentifiedAtAssessment");
      for (const auto& f : a.factors) w.leaf(6, "AssessmentFactors", f);
      w.close(5, "FactorsIdentifiedAtAssessment");
    }
    w.close(4, "Assessments");
  }
  for (const CinPlan& p : e.cin_plans) {
    w.open(4, "CINPlanDates");
    w.date(5, "CINPlanStartDate", p.start);
    w.opt(5, "CINPlanEndDate", p.end);
    w.close(4, "CINPlanDates");
  }
  for (const Section47& s : e.section47s) {
    w.open(4, "Section47");
    w.date(5, "S47ActualStartDate", s.start);
    w.opt(5, "InitialCPCtarget", s.icpc_target);
    w.opt(5, "DateOfInitialCPC", s.icpc);
    w.yes_no(5, "ICPCnotRequired", s.icpc_not_required);
    w.close(4, "Section47");
  }
  w.yes_no(4, "ReferralNFA", e.nfa);
  for (const CpPlan& p : e.cp_plans) {
    w.open(4, "ChildProtectionPlans");
    w.date(5, "CPPstartDate", p.start);
    w.opt(5, "CPPendDate", p.end);
    w.leaf(5, "InitialCategoryOfAbuse", p.initial_category);
    w.leaf(5, "LatestCategoryOfAbuse", p.latest_category);
    w.leaf(5, "NumberOfPreviousCPP", std::to_string(p.previous_plans));
    if (!p.reviews.empty()) {
      w.open(5, "Reviews");
      for (Date d : p.reviews) w.date(6, "CPPreviewDate", d);
      w.close(5, "Reviews");
    }
    w.close(4, "ChildProtectionPlans");
  }
  w.close(3, "CINdetails");
}

void write_child(Writer& w, const Child& c) {
  w.open(2, "Child");
  w.open(3, "ChildIdentifiers");
  w.leaf(4, "LAchildID", c.la_child_id);
  w.opt(4, "UPN", c.upn);
  w.opt(4, "FormerUPN", c.former_upn);
  w.opt(4, "UPNunknown", c.upn_unknown);
  w.opt(4, "PersonBirthDate", c.birth);
  w.opt(4, "ExpectedPersonBirthDate", c.expected_birth);
  w.leaf(4, "GenderCurrent", c.gender);
  w.opt(4, "PersonDeathDate", c.death);
  w.close(3, "ChildIdentifiers");
  w.open(3, "ChildCharacteristics");
  w.leaf(4, "Ethnicity", c.ethnicity);
  if (!c.disabilities.empty()) {
    w.open(4, "Disabilities");
    for (const auto& d : c.disabilities) w.leaf(5, "Disability", d);
    w.close(4, "Disabilities");
  }
  w.close(3, "ChildCharacteristics");
  for (const CinEpisode& e : c.episodes) write_episode(w, e);
  w.close(2, "Child");
}

}  // namespace

void write_census(const Census& census, std::ostream& out) {
  Writer w(out);
  const CensusHeader& h = census.header;
  w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  w.open(0, "Message");
  w.open(1, "Header");
  w.open(2, "CollectionDetails");
  w.leaf(3, "Collection", "CIN");
  if (h.collection_year != 0) w.leaf(3, "Year", fmt::format("{:04}", h.collection_year));
  w.opt(3, "ReferenceDate", h.reference_date);
  w.close(2, "CollectionDetails");
  w.open(2, "Source");
  w.leaf(3, "SourceLevel", "L");
  w.leaf(3, "LEA", h.la);
  w.opt(3, "SoftwareCode", h.software_code);
  w.opt(3, "Release", h.release);
  w.opt(3, "SerialNo", h.serial_no);
  w.opt(3, "DateTime", h.date_time);
  w.close(2, "Source");
  w.close(1, "Header");
  w.open(1, "Children");
  for (const Child& c : census.children) write_child(w, c);
  w.close(1, "Children");
  w.close(0, "Message");
}

}  // namespace lens::cin
