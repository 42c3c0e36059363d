// Reads a CIN census with pugixml: the whole file is parsed in place (the tree points into the
// file's own bytes, so nothing is copied), then walked once. Line numbers come from
// offset_debug() and a table of newline offsets built before parsing, because in-place parsing
// overwrites some of the bytes it has read.
//
// Which elements exist, which are required and which may repeat follows CIN_schema_2024.xsd
// (shared/reference/data/cin_census_xsd/); the 2017–2023 schemas have the same elements, less
// CINPlanDates before 2021. Beyond the schema, Lens requires Header/Source/LEA,
// CollectionDetails/Year and ReferenceDate: without them a census cannot be placed.
#include "returns/cin/census_reader.hpp"

#include <fmt/core.h>

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <limits>
#include <memory>
#include <unordered_map>

#include "core/number_format.hpp"
#include "returns/cin/census_rows.hpp"
#include "returns/cin/cin_codes.hpp"

namespace lens::cin {
namespace {

// Offsets of every '\n' in the file, so that a byte offset becomes a line number.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    newlines_.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    const char* begin = text.data();
    const char* end = begin + text.size();
    for (const char* p = begin; p < end;) {
      const void* hit = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
      if (!hit) break;
      const char* nl = static_cast<const char*>(hit);
      newlines_.push_back(static_cast<std::uint32_t>(nl - begin));
      p = nl + 1;
    }
  }
  // 1-based line of a byte offset; 0 when the offset is unknown (negative).
  int line(std::ptrdiff_t offset) const {
    if (offset < 0) return 0;
    auto it = std::lower_bound(newlines_.begin(), newlines_.end(), static_cast<std::uint32_t>(offset));
    return static_cast<int>(it - newlines_.begin()) + 1;
  }

 private:
  std::vector<std::uint32_t> newlines_;
};

std::string_view trim(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// A value as it is shown in a message: at most 40 characters, control characters as '?'.
std::string shown(std::string_view v) {
  constexpr std::size_t kMax = 40;
  std::string out;
  for (char c : v.substr(0, kMax)) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
  if (v.size() > kMax) out += "…";
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// upntype: [A-Za-z]\d{12} or [A-Za-z]\d{11}[A-Za-z].
bool is_upn(std::string_view s) {
  if (s.size() != 13 || !is_letter(s[0]) || !all_digits(s.substr(1, 11))) return false;
  return all_digits(s.substr(12)) || is_letter(s[12]);
}

// xs:dateTime, as far as a person would get it wrong: YYYY-MM-DDThh:mm:ss, optional fraction and
// zone (Z or ±hh:mm).
bool is_date_time(std::string_view s) {
  if (s.size() < 19 || s[10] != 'T' || !Date::parse(s.substr(0, 10))) return false;
  auto two = [&](std::size_t at, int max) {
    if (!all_digits(s.substr(at, 2))) return false;
    return (s[at] - '0') * 10 + (s[at + 1] - '0') <= max;
  };
  if (!two(11, 23) || s[13] != ':' || !two(14, 59) || s[16] != ':' || !two(17, 59)) return false;
  std::string_view rest = s.substr(19);
  if (!rest.empty() && rest[0] == '.') {
    std::size_t n = 1;
    while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') ++n;
    if (n == 1) return false;
    rest.remove_prefix(n);
  }
  if (rest.empty() || rest == "Z") return true;
  return rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && all_digits(rest.substr(1, 2)) &&
         rest[3] == ':' && all_digits(rest.substr(4, 2));
}

// One element a container may hold: its name, whether the schema (or Lens) requires it, and
// whether it may appear more than once.
struct Slot {
  const char* name;
  bool required;
  bool repeats;
};

class Reader {
 public:
  Reader(CensusFile& out, const LineIndex& lines, CensusRows* rows) : out_(out), lines_(lines), rows_(rows) {}

  void read(pugi::xml_node message) {
    constexpr std::array<Slot, 2> kMessage{{{"Header", true, false}, {"Children", true, false}}};
    auto found = collect(message, kMessage, "Message", "a CIN census needs one");
    if (found[0]) read_header(found[0]);
    if (found[1]) read_children(found[1]);
    finish();
  }

 private:
  // ---- reporting -------------------------------------------------------------------------
  void report(Severity severity, pugi::xml_node at, std::string_view table, std::string_view field,
              std::string message) {
    ++total_;
    if (out_.problems.size() >= kMaxProblemsPerFile) {
      if (severity == Severity::Error) ++dropped_errors_;
      return;
    }
    Problem p;
    p.severity = severity;
    p.file = out_.path;
    p.line = lines_.line(at ? at.offset_debug() : -1);
    p.child = child_id_;
    p.field = std::string(field);
    p.message = std::move(message);
    p.table = std::string(table);
    out_.problems.push_back(std::move(p));
  }
  void error(pugi::xml_node at, std::string_view table, std::string_view field, std::string message) {
    report(Severity::Error, at, table, field, std::move(message));
  }

  void finish() {
    std::size_t kept = out_.problems.size();
    if (total_ <= kept) return;
    std::size_t more = total_ - kept;
    Problem p;
    p.severity = dropped_errors_ > 0 ? Severity::Error : Severity::Warning;
    p.file = out_.path;
    p.message = fmt::format("… and {} more problem{} not listed (only the first {} are shown)",
                            with_thousands(static_cast<std::int64_t>(more)), more == 1 ? "" : "s",
                            with_thousands(static_cast<std::int64_t>(kept)));
    out_.problems.push_back(std::move(p));
  }


  int line_of(pugi::xml_node n) const { return lines_.line(n.offset_debug()); }

  // ---- rows for the validation rules (census_rows.hpp) -------------------------------------
  // Hands one row of `table` to the sink, for the element `at`: each column is the text of the
  // element of that name among `slots` (as `collect` found them), else the next of `keys` (the
  // ids joining the row to its child, episode and record). Which slot fills which column is
  // worked out on a table's first row.
  template <std::size_t N>
  void emit(CensusTable table, pugi::xml_node at, std::initializer_list<std::string_view> keys,
            const std::array<Slot, N>& slots, const std::array<pugi::xml_node, N>& found) {
    if (!rows_) return;
    const auto columns = census_table(table).columns;
    std::vector<int>& from = column_slots_[static_cast<std::size_t>(table)];
    if (from.empty())
      for (std::string_view c : columns) {
        int slot = -1;
        for (std::size_t i = 0; i < N; ++i)
          if (c == slots[i].name) slot = static_cast<int>(i);
        from.push_back(slot);
      }
    cells_.clear();
    auto key = keys.begin();
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (from[c] >= 0)
        cells_.push_back(trim(found[static_cast<std::size_t>(from[c])].child_value()));
      else
        cells_.push_back(key != keys.end() ? *key++ : std::string_view());
    }
    rows_->row(table, line_of(at), cells_);
  }

  // ---- structure -------------------------------------------------------------------------
  // Finds the first of each known element under `parent`; reports unknown elements (warnings),
  // repeats of elements that may appear once, and missing required ones. `why` ends the
  // "is missing" message: what needs the element.
  template <std::size_t N>
  std::array<pugi::xml_node, N> collect(pugi::xml_node parent, const std::array<Slot, N>& slots,
                                        std::string_view table, std::string_view why) {
    std::array<pugi::xml_node, N> first{};
    for (pugi::xml_node e = parent.first_child(); e; e = e.next_sibling()) {
      if (e.type() != pugi::node_element) continue;
      const char* name = e.name();
      std::size_t i = 0;
      while (i < N && std::strcmp(slots[i].name, name) != 0) ++i;
      if (i == N) {
        report(Severity::Warning, e, table, name,
               fmt::format("is not a CIN census element inside <{}>; it is ignored", parent.name()));
      } else if (!first[i]) {
        first[i] = e;
      } else if (!slots[i].repeats) {
        error(e, table, name,
              fmt::format("appears more than once in <{}> (first on line {}); only the first is read",
                          parent.name(), line_of(first[i])));
      }
    }
    for (std::size_t i = 0; i < N; ++i)
      if (slots[i].required && !first[i])
        error(parent, table, slots[i].name, fmt::format("is missing; {}", why));
    return first;
  }

  // ---- values ----------------------------------------------------------------------------
  // The element's trimmed text. Absent or empty: an error when required, else nothing.
  std::optional<std::string_view> value(pugi::xml_node e, std::string_view table, bool required) {
    if (!e) return std::nullopt;
    std::string_view v = trim(e.child_value());
    if (v.empty()) {
      if (required) error(e, table, e.name(), "is empty");
      return std::nullopt;
    }
    return v;
  }

  OptDate date(pugi::xml_node e, std::string_view table, bool required) {
    auto v = value(e, table, required);
    if (!v) return std::nullopt;
    OptDate d = Date::parse(*v);
    if (!d) error(e, table, e.name(), fmt::format("{} is not a date (expected YYYY-MM-DD)", shown(*v)));
    return d;
  }
  Date required_date(pugi::xml_node e, std::string_view table) {
    return date(e, table, true).value_or(Date{});
  }

  std::string code(pugi::xml_node e, CodeList list, std::string_view table, bool required) {
    auto v = value(e, table, required);
    if (!v) return {};
    if (!is_valid_code(list, *v))
      error(e, table, e.name(),
            fmt::format("'{}' is not a{} {} code; expected one of {}", shown(*v),
                        starts_with_vowel(list_noun(list)) ? "n" : "", list_noun(list), expected_codes(list)));
    return std::string(*v);
  }
  // "an assessment factor", but "a UPN unknown reason": acronyms are spelt out letter by letter.
  static bool starts_with_vowel(std::string_view s) {
    return !s.empty() && std::string_view("aeiou").find(s[0]) != std::string_view::npos;
  }

  // yesnotype: true, false, TRUE, FALSE, 1, 0.
  bool yes_no(pugi::xml_node e, std::string_view table) {
    auto v = value(e, table, true);
    if (!v) return false;
    if (*v == "true" || *v == "TRUE" || *v == "1") return true;
    if (*v == "false" || *v == "FALSE" || *v == "0") return false;
    error(e, table, e.name(),
          fmt::format("'{}' is not a yes/no value; expected true, false, TRUE, FALSE, 1 or 0", shown(*v)));
    return false;
  }

  // A whole number of 0 or more (the schema says positiveInteger, real returns carry 0:
  // spec/indicators.md).
  int count(pugi::xml_node e, std::string_view table) {
    auto v = value(e, table, true);
    if (!v) return 0;
    std::string_view digits = *v;
    if (!digits.empty() && digits[0] == '+') digits.remove_prefix(1);
    while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
    if (!all_digits(digits) || digits.size() > 4) {
      error(e, table, e.name(),
            fmt::format("'{}' is not a whole number of 0 or more (up to 9999)", shown(*v)));
      return 0;
    }
    int n = 0;
    for (char c : digits) n = n * 10 + (c - '0');
    return n;
  }

  std::string upn(pugi::xml_node e, std::string_view table) {
    auto v = value(e, table, false);
    if (!v) return {};
    if (!is_upn(*v))
      error(e, table, e.name(),
            fmt::format("'{}' is not a UPN; expected 13 characters: a letter, 11 digits, then a digit "
                        "or a letter",
                        shown(*v)));
    return std::string(*v);
  }

  std::string text(pugi::xml_node e, std::string_view table, bool required = false) {
    auto v = value(e, table, required);
    return v ? std::string(*v) : std::string();
  }

  // ---- the header ------------------------------------------------------------------------
  void read_header(pugi::xml_node header) {
    out_.lines.header = line_of(header);
    constexpr std::array<Slot, 2> kHeader{{{"CollectionDetails", true, false}, {"Source", true, true}}};
    auto h = collect(header, kHeader, "Header", "Lens needs it to know which census this is");
    CensusHeader& out = out_.census.header;
    constexpr std::array<Slot, 3> kDetails{
        {{"Collection", false, false}, {"Year", true, false}, {"ReferenceDate", true, false}}};
    constexpr std::array<Slot, 6> kSource{{{"SourceLevel", false, false},
                                           {"LEA", true, false},
                                           {"SoftwareCode", false, false},
                                           {"Release", false, false},
                                           {"SerialNo", false, false},
                                           {"DateTime", false, false}}};
    std::array<pugi::xml_node, 3> d{};
    std::array<pugi::xml_node, 6> s{};

    if (pugi::xml_node details = h[0]) {
      d = collect(details, kDetails, "Header", "Lens needs it to know which census this is");
      if (auto v = value(d[0], "Header", false); v && *v != "CIN")
        error(d[0], "Header", "Collection", fmt::format("'{}' is not CIN; this is not a CIN census", shown(*v)));
      if (auto v = value(d[1], "Header", true)) {
        if (v->size() == 4 && all_digits(*v))
          out.collection_year = std::stoi(std::string(*v));
        else
          error(d[1], "Header", "Year", fmt::format("'{}' is not a year; expected 4 digits (YYYY)", shown(*v)));
      }
      out.reference_date = date(d[2], "Header", true);
    }

    if (pugi::xml_node source = h[1]) {
      s = collect(source, kSource, "Header", "Lens needs the authority's 3-digit LA number");
      if (auto v = value(s[0], "Header", false); v && *v != "L")
        error(s[0], "Header", "SourceLevel", fmt::format("'{}' is not a source level; expected L", shown(*v)));
      if (auto v = value(s[1], "Header", true)) {
        if (v->size() == 3 && all_digits(*v))
          out.la = std::string(*v);
        else
          error(s[1], "Header", "LEA", fmt::format("'{}' is not an LA number; expected 3 digits", shown(*v)));
      }
      out.software_code = text(s[2], "Header");
      out.release = text(s[3], "Header");
      out.serial_no = text(s[4], "Header");
      if (!out.serial_no.empty() && (out.serial_no.size() < 3 || !all_digits(out.serial_no)))
        error(s[4], "Header", "SerialNo",
              fmt::format("'{}' is not a serial number; expected 3 or more digits", shown(out.serial_no)));
      out.date_time = text(s[5], "Header");
      if (!out.date_time.empty() && !is_date_time(out.date_time))
        error(s[5], "Header", "DateTime",
              fmt::format("{} is not a date and time (expected YYYY-MM-DDThh:mm:ss)", shown(out.date_time)));
    }
    if (rows_) {
      std::array<Slot, 9> slots{};
      std::array<pugi::xml_node, 9> found{};
      for (std::size_t i = 0; i < 3; ++i) slots[i] = kDetails[i], found[i] = d[i];
      for (std::size_t i = 0; i < 6; ++i) slots[3 + i] = kSource[i], found[3 + i] = s[i];
      emit(CensusTable::Header, header, {}, slots, found);
    }
  }

  // ---- children --------------------------------------------------------------------------
  void read_children(pugi::xml_node children) {
    std::size_t n = 0;
    for (pugi::xml_node c = children.child("Child"); c; c = c.next_sibling("Child")) ++n;
    out_.census.children.reserve(n);
    out_.lines.children.reserve(n);
    ids_.reserve(n);
    constexpr std::array<Slot, 1> kChildren{{{"Child", true, true}}};
    collect(children, kChildren, "Message", "a census holds at least one child");
    for (pugi::xml_node c = children.child("Child"); c; c = c.next_sibling("Child")) read_child(c);
  }

  void read_child(pugi::xml_node node) {
    // The child's id goes on every problem about it, wherever LAchildID sits.
    pugi::xml_node id_node = node.child("ChildIdentifiers").child("LAchildID");
    child_id_ = std::string(trim(id_node.child_value()));

    Child& child = out_.census.children.emplace_back();
    ChildLines& lines = out_.lines.children.emplace_back();
    lines.child = line_of(node);
    child.la = out_.census.header.la;

    constexpr std::array<Slot, 3> kChild{{{"ChildIdentifiers", true, false},
                                          {"ChildCharacteristics", true, false},
                                          {"CINdetails", true, true}}};
    auto found = collect(node, kChild, "Child", "every <Child> must have one");
    if (found[0]) read_identifiers(found[0], child);
    if (found[1]) read_characteristics(found[1], child);
    std::size_t episodes = 0;
    for (pugi::xml_node e = node.child("CINdetails"); e; e = e.next_sibling("CINdetails")) ++episodes;
    child.episodes.reserve(episodes);
    lines.episodes.reserve(episodes);
    episode_id_ = 0;
    for (pugi::xml_node e = node.child("CINdetails"); e; e = e.next_sibling("CINdetails")) {
      ++episode_id_;
      read_episode(e, child.episodes.emplace_back(), lines.episodes.emplace_back());
    }
    child_id_.clear();
  }

  void read_identifiers(pugi::xml_node node, Child& child) {
    constexpr const char* kTable = "ChildIdentifiers";
    constexpr std::array<Slot, 8> kSlots{{{"LAchildID", true, false},
                                          {"UPN", false, false},
                                          {"FormerUPN", false, false},
                                          {"UPNunknown", false, false},
                                          {"PersonBirthDate", false, false},
                                          {"ExpectedPersonBirthDate", false, false},
                                          {"GenderCurrent", true, false},
                                          {"PersonDeathDate", false, false}}};
    auto f = collect(node, kSlots, kTable, "every <ChildIdentifiers> must have one");
    child.la_child_id = text(f[0], kTable, true);
    if (!child.la_child_id.empty()) {
      // The id's text lives in the parsed buffer for as long as the reader does.
      std::string_view key = trim(f[0].child_value());
      auto [it, inserted] = ids_.emplace(key, line_of(f[0]));
      if (!inserted)
        error(f[0], kTable, "LAchildID",
              fmt::format("'{}' is also the LA child id of the child on line {}; each child must appear "
                          "once in a census",
                          shown(key), it->second));
    }
    child.upn = upn(f[1], kTable);
    child.former_upn = upn(f[2], kTable);
    child.upn_unknown = code(f[3], CodeList::UpnUnknown, kTable, false);
    child.birth = date(f[4], kTable, false);
    child.expected_birth = date(f[5], kTable, false);
    child.gender = code(f[6], CodeList::Gender, kTable, true);
    child.death = date(f[7], kTable, false);
    emit(CensusTable::ChildIdentifiers, node, {}, kSlots, f);
  }

  void read_characteristics(pugi::xml_node node, Child& child) {
    constexpr const char* kTable = "ChildCharacteristics";
    constexpr std::array<Slot, 2> kSlots{{{"Ethnicity", true, false}, {"Disabilities", false, false}}};
    auto f = collect(node, kSlots, kTable, "every <ChildCharacteristics> must have one");
    child.ethnicity = code(f[0], CodeList::Ethnicity, kTable, true);
    emit(CensusTable::ChildCharacteristics, node, {child_id_}, kSlots, f);
    if (pugi::xml_node disabilities = f[1]) {
      constexpr std::array<Slot, 1> kDisabilities{{{"Disability", true, true}}};
      collect(disabilities, kDisabilities, "Disabilities", "<Disabilities> lists at least one");
      for (pugi::xml_node d = disabilities.child("Disability"); d; d = d.next_sibling("Disability")) {
        if (std::string c = code(d, CodeList::Disability, "Disabilities", true); !c.empty())
          child.disabilities.push_back(std::move(c));
        emit(CensusTable::Disabilities, d, {child_id_}, kDisabilities, {d});
      }
    }
  }

  void read_episode(pugi::xml_node node, CinEpisode& episode, EpisodeLines& lines) {
    constexpr const char* kTable = "CINdetails";
    lines.episode = line_of(node);
    constexpr std::array<Slot, 11> kSlots{{{"CINreferralDate", true, false},
                                           {"ReferralSource", true, false},
                                           {"PrimaryNeedCode", false, false},
                                           {"CINclosureDate", false, false},
                                           {"ReasonForClosure", false, false},
                                           {"DateOfInitialCPC", false, false},
                                           {"Assessments", false, true},
                                           {"CINPlanDates", false, true},
                                           {"Section47", false, true},
                                           {"ReferralNFA", true, false},
                                           {"ChildProtectionPlans", false, true}}};
    auto f = collect(node, kSlots, kTable, "every <CINdetails> must have one");
    episode.referral = required_date(f[0], kTable);
    episode.source = code(f[1], CodeList::ReferralSource, kTable, true);
    episode.primary_need = code(f[2], CodeList::PrimaryNeed, kTable, false);
    episode.closure = date(f[3], kTable, false);
    episode.closure_reason = code(f[4], CodeList::ReasonForClosure, kTable, false);
    episode.icpc = date(f[5], kTable, false);
    episode.nfa = yes_no(f[9], kTable);
    const std::string episode_id = std::to_string(episode_id_);
    emit(CensusTable::CINdetails, node, {child_id_, episode_id}, kSlots, f);
    int n = 0;
    for (pugi::xml_node e = f[6]; e; e = e.next_sibling("Assessments")) {
      lines.assessments.push_back(line_of(e));
      read_assessment(e, episode.assessments.emplace_back(), episode_id, std::to_string(++n));
    }
    for (pugi::xml_node e = f[7]; e; e = e.next_sibling("CINPlanDates")) {
      lines.cin_plans.push_back(line_of(e));
      read_cin_plan(e, episode.cin_plans.emplace_back(), episode_id);
    }
    for (pugi::xml_node e = f[8]; e; e = e.next_sibling("Section47")) {
      lines.section47s.push_back(line_of(e));
      read_section47(e, episode.section47s.emplace_back(), episode_id);
    }
    n = 0;
    for (pugi::xml_node e = f[10]; e; e = e.next_sibling("ChildProtectionPlans")) {
      lines.cp_plans.push_back(line_of(e));
      read_cp_plan(e, episode.cp_plans.emplace_back(), episode_id, std::to_string(++n));
    }
  }

  void read_assessment(pugi::xml_node node, Assessment& a, std::string_view episode_id, std::string_view id) {
    constexpr const char* kTable = "Assessments";
    constexpr std::array<Slot, 4> kSlots{{{"AssessmentActualStartDate", true, false},
                                          {"AssessmentInternalReviewDate", false, false},
                                          {"AssessmentAuthorisationDate", false, false},
                                          {"FactorsIdentifiedAtAssessment", false, false}}};
    auto f = collect(node, kSlots, kTable, "every <Assessments> must have one");
    a.start = required_date(f[0], kTable);
    a.internal_review = date(f[1], kTable, false);
    a.authorised = date(f[2], kTable, false);
    emit(CensusTable::Assessments, node, {child_id_, episode_id, id}, kSlots, f);
    if (pugi::xml_node factors = f[3]) {
      constexpr std::array<Slot, 1> kFactors{{{"AssessmentFactors", true, true}}};
      collect(factors, kFactors, kTable, "<FactorsIdentifiedAtAssessment> lists at least one");
      for (pugi::xml_node e = factors.child("AssessmentFactors"); e; e = e.next_sibling("AssessmentFactors")) {
        if (std::string c = code(e, CodeList::AssessmentFactor, kTable, true); !c.empty())
          a.factors.push_back(std::move(c));
        emit(CensusTable::AssessmentFactors, e, {child_id_, episode_id, id}, kFactors, {e});
      }
    }
  }

  void read_cin_plan(pugi::xml_node node, CinPlan& plan, std::string_view episode_id) {
    constexpr const char* kTable = "CINplanDates";
    constexpr std::array<Slot, 2> kSlots{{{"CINPlanStartDate", true, false}, {"CINPlanEndDate", false, false}}};
    auto f = collect(node, kSlots, kTable, "every <CINPlanDates> must have one");
    plan.start = required_date(f[0], kTable);
    plan.end = date(f[1], kTable, false);
    emit(CensusTable::CINplanDates, node, {child_id_, episode_id}, kSlots, f);
  }

  void read_section47(pugi::xml_node node, Section47& s47, std::string_view episode_id) {
    constexpr const char* kTable = "Section47";
    constexpr std::array<Slot, 4> kSlots{{{"S47ActualStartDate", true, false},
                                          {"InitialCPCtarget", false, false},
                                          {"DateOfInitialCPC", false, false},
                                          {"ICPCnotRequired", true, false}}};
    auto f = collect(node, kSlots, kTable, "every <Section47> must have one");
    s47.start = required_date(f[0], kTable);
    s47.icpc_target = date(f[1], kTable, false);
    s47.icpc = date(f[2], kTable, false);
    s47.icpc_not_required = yes_no(f[3], kTable);
    emit(CensusTable::Section47, node, {child_id_, episode_id}, kSlots, f);
  }

  void read_cp_plan(pugi::xml_node node, CpPlan& plan, std::string_view episode_id, std::string_view id) {
    constexpr const char* kTable = "ChildProtectionPlans";
    constexpr std::array<Slot, 6> kSlots{{{"CPPstartDate", true, false},
                                          {"CPPendDate", false, false},
                                          {"InitialCategoryOfAbuse", true, false},
                                          {"LatestCategoryOfAbuse", true, false},
                                          {"NumberOfPreviousCPP", true, false},
                                          {"Reviews", false, false}}};
    auto f = collect(node, kSlots, kTable, "every <ChildProtectionPlans> must have one");
    plan.start = required_date(f[0], kTable);
    plan.end = date(f[1], kTable, false);
    plan.initial_category = code(f[2], CodeList::CategoryOfAbuse, kTable, true);
    plan.latest_category = code(f[3], CodeList::CategoryOfAbuse, kTable, true);
    plan.previous_plans = count(f[4], kTable);
    emit(CensusTable::ChildProtectionPlans, node, {child_id_, episode_id, id}, kSlots, f);
    if (pugi::xml_node reviews = f[5]) {
      constexpr std::array<Slot, 1> kReviews{{{"CPPreviewDate", true, true}}};
      collect(reviews, kReviews, "Reviews", "<Reviews> lists at least one");
      for (pugi::xml_node e = reviews.child("CPPreviewDate"); e; e = e.next_sibling("CPPreviewDate")) {
        if (OptDate d = date(e, "Reviews", true)) plan.reviews.push_back(*d);
        emit(CensusTable::Reviews, e, {child_id_, episode_id, id}, kReviews, {e});
      }
    }
  }

  CensusFile& out_;
  const LineIndex& lines_;
  std::string child_id_;  // LAchildID of the child being read, for problems
  std::unordered_map<std::string_view, int> ids_;  // LAchildID → line, to find repeats
  std::size_t total_ = 0;
  std::size_t dropped_errors_ = 0;
  CensusRows* rows_ = nullptr;  // may be null: no rows wanted
  int episode_id_ = 0;          // the place of the CINdetails being read in its child
  std::array<std::vector<int>, kCensusTableCount> column_slots_;  // emit: slot of each column
  std::vector<std::string_view> cells_;                          // emit: the row being handed over
};

void unreadable(CensusFile& out, int line, std::string message) {
  out.unreadable = true;
  out.census = Census{};
  out.lines = CensusLines{};
  out.problems.clear();
  Problem p;
  p.file = out.path;
  p.line = line;
  p.message = std::move(message);
  out.problems.push_back(std::move(p));
}

// `rest` is the file from the error's offset on (bytes the parser has not yet changed).
std::string parse_error_message(const pugi::xml_parse_result& r, std::string_view rest) {
  switch (r.status) {
    case pugi::status_no_document_element:
      return "has no XML element: this is not a CIN census XML file (it should start with <Message>)";
    case pugi::status_out_of_memory:
      return "is too large to read: out of memory";
    default:
      break;
  }
  // An error in the last bytes of the file (ignoring trailing whitespace) means it stops before
  // its elements are closed: the usual sign of a file cut short in a copy or download.
  if (trim(rest).size() <= 64 &&
      (r.status == pugi::status_end_element_mismatch || r.status == pugi::status_bad_end_element ||
       r.status == pugi::status_bad_start_element || r.status == pugi::status_bad_attribute ||
       r.status == pugi::status_bad_pcdata || r.status == pugi::status_bad_comment ||
       r.status == pugi::status_bad_cdata || r.status == pugi::status_unrecognized_tag))
    return "ends before its XML is complete: the file looks cut short (was it fully copied?)";
  std::string what;
  switch (r.status) {
    case pugi::status_end_element_mismatch: {
      // The offset is at the name in the closing tag that does not fit.
      std::size_t n = 0;
      while (n < rest.size() && n < 40 && (std::isalnum(static_cast<unsigned char>(rest[n])) || rest[n] == '_' ||
                                           rest[n] == '-' || rest[n] == '.' || rest[n] == ':'))
        ++n;
      what = n > 0 ? fmt::format("the closing tag </{}> does not match the element it closes", rest.substr(0, n))
                   : std::string("a closing tag does not match the element it closes");
      what += " (a tag is mistyped, missing or extra)";
      break;
    }
    case pugi::status_bad_start_element: what = "a start tag is broken (a name or its '>' is missing)"; break;
    case pugi::status_bad_end_element: what = "a closing tag is broken (a name or its '>' is missing)"; break;
    case pugi::status_unrecognized_tag: what = "a '<' starts no tag (text must write it as &lt;)"; break;
    case pugi::status_bad_attribute: what = "an attribute is broken"; break;
    case pugi::status_bad_pcdata: what = "text between tags is broken"; break;
    case pugi::status_bad_cdata: what = "a CDATA section is broken"; break;
    case pugi::status_bad_comment: what = "a comment is broken"; break;
    case pugi::status_bad_pi: what = "a processing instruction (<?...?>) is broken"; break;
    case pugi::status_bad_doctype: what = "the DOCTYPE is broken"; break;
    default: what = r.description(); break;
  }
  return "is not well-formed XML: " + what;
}

// UTF-16 text (with or without a byte order mark) as UTF-8; unpaired surrogates become U+FFFD.
// Lens parses UTF-8 only, so that line numbers count the lines of the bytes it parsed.
std::string utf16_to_utf8(std::string_view in, bool little_endian) {
  std::string out;
  out.reserve(in.size() / 2 + in.size() / 8);
  auto unit = [&](std::size_t i) {
    auto a = static_cast<unsigned char>(in[i]), b = static_cast<unsigned char>(in[i + 1]);
    return little_endian ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
  };
  auto put = [&](char32_t c) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  };
  std::size_t i = 0;
  if (in.size() >= 2 && unit(0) == 0xFEFF) i = 2;  // the byte order mark is not text
  for (; i + 1 < in.size(); i += 2) {
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < in.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      put(0x10000 + ((c - 0xD800) << 10) + (unit(i + 2) - 0xDC00));
      i += 2;
    } else {
      put(c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c);
    }
  }
  return out;
}

// Parses `bytes` (modified in place: the tree points into them) as the census named `name`.
CensusFile read_buffer(std::string bytes, const std::string& name, CensusRows* rows) {
  CensusFile out;
  out.path = name;
  if (bytes.size() >= std::numeric_limits<std::uint32_t>::max()) {
    unreadable(out, 0, "is 4 GB or larger, far more than a CIN census; it was not read");
    return out;
  }
  // UTF-16, told by its byte order mark or by "<" as a 16-bit unit, is turned into UTF-8; any
  // other encoding is read as UTF-8 (codes, dates and ids are ASCII whatever the declaration says).
  auto byte = [&](std::size_t i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0x100; };
  if ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == '<' && byte(1) == 0 && byte(2) != 0))
    bytes = utf16_to_utf8(bytes, true);
  else if ((byte(0) == 0xFE && byte(1) == 0xFF) || (byte(0) == 0 && byte(1) == '<'))
    bytes = utf16_to_utf8(bytes, false);
  char* buffer = bytes.data();
  std::size_t size = bytes.size();
  std::string_view text(buffer, size);
  if (trim(text).empty()) {
    unreadable(out, 0, "is empty: a CIN census XML file was expected");
    return out;
  }
  LineIndex lines(text);
  pugi::xml_document doc;
  // parse_embed_pcdata keeps an element's text in the element itself: half the nodes.
  pugi::xml_parse_result r =
      doc.load_buffer_inplace(buffer, size, pugi::parse_default | pugi::parse_embed_pcdata, pugi::encoding_utf8);
  if (!r) {
    std::size_t at = std::min(static_cast<std::size_t>(r.offset), size);
    // With no element at all, the place a person should look is the top of the file.
    int line = r.status == pugi::status_no_document_element ? 1 : lines.line(r.offset);
    unreadable(out, line, parse_error_message(r, std::string_view(buffer + at, size - at)));
    return out;
  }
  pugi::xml_node root = doc.document_element();
  if (std::strcmp(root.name(), "Message") != 0) {
    unreadable(out, lines.line(root.offset_debug()),
               fmt::format("starts with <{}>, not <Message>: this is not a CIN census XML file", shown(root.name())));
    return out;
  }
  Reader(out, lines, rows).read(root);
  return out;
}

}  // namespace

CensusFile read_census_file(const std::string& path) { return read_census_file(path, nullptr); }

CensusFile read_census_text(std::string_view xml, const std::string& name) {
  return read_census_text(xml, name, nullptr);
}

CensusFile read_census_file(const std::string& path, CensusRows* rows) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    CensusFile out;
    out.path = path;
    unreadable(out, 0, "is a folder, not a file");
    return out;
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) {
    CensusFile out;
    out.path = path;
    unreadable(out, 0, fmt::format("cannot be opened: {}", std::strerror(errno)));
    return out;
  }
  // Read by size when the file has one (the usual case), then in chunks for anything left
  // (a pipe, or a file still growing).
  std::string bytes;
  if (std::fseek(f.get(), 0, SEEK_END) == 0) {
    long size = std::ftell(f.get());
    std::rewind(f.get());
    if (size > 0) {
      bytes.resize(static_cast<std::size_t>(size));
      bytes.resize(std::fread(bytes.data(), 1, bytes.size(), f.get()));
    }
  }
  char chunk[1 << 16];
  std::size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, f.get())) > 0) bytes.append(chunk, n);
  if (std::ferror(f.get())) {
    CensusFile out;
    out.path = path;
    unreadable(out, 0, fmt::format("cannot be read: {}", std::strerror(errno)));
    return out;
  }
  return read_buffer(std::move(bytes), path, rows);
}

CensusFile read_census_text(std::string_view xml, const std::string& name, CensusRows* rows) {
  return read_buffer(std::string(xml), name, rows);
}

}  // namespace lens::cin
