#include "chronology/chronology.hpp"

#include <algorithm>

namespace lens::chronology {
namespace {

constexpr const char* kSocialCare = "Children's social care";

int rank(const std::string& code) {
  const auto& types = event_types();
  for (std::size_t i = 0; i < types.size(); ++i)
    if (types[i].code == code) return static_cast<int>(i);
  return static_cast<int>(types.size());
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace

const std::vector<EventType>& event_types() {
  static const std::vector<EventType> all = {
      {"referral", "Referral"},
      {"assessment_start", "Assessment started"},
      {"s47_start", "Section 47 enquiry started"},
      {"assessment_review", "Assessment reviewed"},
      {"icpc", "Initial child protection conference"},
      {"assessment_authorised", "Assessment completed"},
      {"cin_plan_start", "Child in need plan started"},
      {"cp_plan_start", "Child protection plan started"},
      {"cp_review", "Child protection review conference"},
      {"cin_plan_end", "Child in need plan ended"},
      {"cp_plan_end", "Child protection plan ended"},
      {"closure", "Case closed"},
  };
  return all;
}

const std::string& event_label(const std::string& code) {
  for (const auto& t : event_types())
    if (t.code == code) return t.label;
  return code;
}

std::vector<Event> build_chronology(const Child& child) {
  std::vector<Event> out;
  auto add = [&](Date date, const char* type, std::string detail, int episode) {
    out.push_back({date, type, event_label(type), std::move(detail), kSocialCare, episode});
  };
  for (std::size_t e = 0; e < child.episodes.size(); ++e) {
    const CinEpisode& ep = child.episodes[e];
    int n = static_cast<int>(e) + 1;
    std::string referral = "Source " + ep.source;
    if (!ep.primary_need.empty()) referral += "; primary need " + ep.primary_need;
    if (ep.nfa) referral += "; no further action";
    add(ep.referral, "referral", referral, n);
    for (const auto& a : ep.assessments) {
      add(a.start, "assessment_start", "", n);
      if (a.internal_review) add(*a.internal_review, "assessment_review", "", n);
      if (a.authorised)
        add(*a.authorised, "assessment_authorised",
            a.factors.empty() ? "" : "Factors " + join(a.factors), n);
    }
    for (const auto& s : ep.section47s) {
      add(s.start, "s47_start", s.icpc_not_required ? "Conference not required" : "", n);
      if (s.icpc) add(*s.icpc, "icpc", "", n);
    }
    // The episode-level conference date repeats a Section 47's; shown once.
    if (ep.icpc && std::none_of(ep.section47s.begin(), ep.section47s.end(),
                                [&](const Section47& s) { return s.icpc == ep.icpc; }))
      add(*ep.icpc, "icpc", "", n);
    for (const auto& p : ep.cin_plans) {
      add(p.start, "cin_plan_start", "", n);
      if (p.end) add(*p.end, "cin_plan_end", "", n);
    }
    for (const auto& p : ep.cp_plans) {
      std::string category = "Category " + p.initial_category;
      if (p.previous_plans > 0) category += "; " + std::to_string(p.previous_plans) + " previous";
      add(p.start, "cp_plan_start", category, n);
      for (const auto& r : p.reviews) add(r, "cp_review", "", n);
      if (p.end)
        add(*p.end, "cp_plan_end",
            p.latest_category != p.initial_category ? "Latest category " + p.latest_category : "",
            n);
    }
    if (ep.closure && !ep.nfa)
      add(*ep.closure, "closure", ep.closure_reason.empty() ? "" : "Reason " + ep.closure_reason,
          n);
  }
  std::stable_sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
    if (a.date != b.date) return a.date > b.date;
    if (a.episode != b.episode) return a.episode > b.episode;
    return rank(a.type) > rank(b.type);
  });
  return out;
}

}  // namespace lens::chronology
