#include "chronology/chronology.hpp"

#include <algorithm>
#include <cctype>

#include "model/period_of_care.hpp"
#include "returns/ssda903/ssda903_codes.hpp"
#include "returns/ssda903/ssda903_reader.hpp"

namespace lens::chronology {
namespace {

constexpr const char* kSocialCare = "Children's social care";

using ssda903::CodeList;

int rank(const std::string& code) {
  const auto& types = event_types();
  for (std::size_t i = 0; i < types.size(); ++i)
    if (types[i].code == code) return static_cast<int>(i);
  return static_cast<int>(types.size());
}

std::string join(const std::vector<std::string>& v, const char* separator = ", ") {
  std::string out;
  for (const auto& s : v)
    if (!s.empty()) out += (out.empty() ? "" : separator) + s;
  return out;
}

// "C2 (Full care order)": the 903 code with what it means, the code alone when the list does
// not know it, "" when there is no code.
std::string coded(CodeList list, const std::string& code) {
  if (code.empty()) return "";
  auto meaning = ssda903::describe(list, code);
  return meaning.empty() ? code : code + " (" + std::string(meaning) + ")";
}

std::string labelled(const char* label, CodeList list, const std::string& code) {
  return code.empty() ? "" : std::string(label) + " " + coded(list, code);
}

std::string yes_no(const char* what, const std::optional<bool>& v) {
  return v ? std::string(what) + (*v ? " yes" : " no") : "";
}

Date march_31(int year) { return *Date::from_ymd(year, 3, 31); }

// An event before it is placed in order: `seq` is the CIN episode under way on its date (an
// event's own episode for CIN events; for looked-after events, the latest episode referred on
// or before it), so that a closure is read before the next episode's referral and a child
// enters care after the referral that brought them in.
struct Placed {
  Event event;
  int seq = 0;
};

class LookedAfterEvents {
 public:
  LookedAfterEvents(const Child& child, const LookedAfterChild& lac, std::vector<Placed>& out)
      : child_(child), lac_(lac), out_(out) {}

  void add_all() {
    episodes();
    for (const auto& r : lac_.reviews)
      add(r.date, "lac_review",
          labelled("Participation", CodeList::ReviewParticipation, r.participation));
    for (const auto& m : lac_.missing) {
      std::string kind = coded(CodeList::MissingType, m.kind);
      add(m.start, "missing", kind);
      if (m.end) {
        int days = *m.end - m.start;
        add(*m.end, "missing_return",
            join({kind, days == 0   ? "the same day"
                        : days == 1 ? "after 1 day"
                                    : "after " + std::to_string(days) + " days"},
                 "; "));
      }
    }
    for (const auto& u : lac_.uasc) {
      if (u.ceased)
        add(*u.ceased, "uasc",
            "Ceased to be UASC (" + ssda903::collection_year_label(u.year) + " return)");
      else
        add(march_31(u.year), "uasc", "UASC during " + ssda903::collection_year_label(u.year));
    }
    for (const auto& p : lac_.placed_for_adoption) {
      add(p.decided, "adoption_decision", "");
      if (p.reversed)
        add(*p.reversed, "adoption_decision_reversed",
            labelled("Reason", CodeList::PlacedCeasedReason, p.reason));
    }
    for (const auto& a : lac_.adoptions) adoption(a);
    for (const auto& h : lac_.health) health(h);
    for (const auto& c : lac_.care_leaver) care_leaver(c);
    for (std::size_t i = 0; i < lac_.social_workers.size(); ++i) {
      const auto& w = lac_.social_workers[i];
      std::string detail = "Social worker " + w.worker;
      if (i > 0 && !lac_.social_workers[i - 1].reason.empty())
        detail += "; previous worker " + lac_.social_workers[i - 1].worker + " changed: " +
                  coded(CodeList::SocialWorkerReason, lac_.social_workers[i - 1].reason);
      add(w.start, "social_worker", detail);
    }
  }

 private:
  // Periods of care (model/period_of_care.hpp), short breaks counted like any period.
  void episodes() {
    const auto& eps = lac_.episodes;
    for (std::size_t i = 0; i < eps.size(); ++i) {
      const LacEpisode& ep = eps[i];
      const LacEpisode* prev = i > 0 ? &eps[i - 1] : nullptr;
      if (!prev || !continues_care(*prev, ep)) {
        period_starts_.push_back(ep.start);
        add(ep.start, "care_start",
            join({labelled("Legal status", CodeList::LegalStatus, ep.legal_status),
                  labelled("placement", CodeList::PlacementType, ep.placement),
                  labelled("need", CodeList::CategoryOfNeed, ep.category_of_need)},
                 "; "));
      } else {
        // The reason for new episode says what changed; when it is missing or says the
        // child started to be looked after, the records themselves do.
        const std::string& rne = ep.reason_new;
        bool known = rne == "L" || rne == "P" || rne == "T" || rne == "B" || rne == "U";
        bool legal =
            known ? rne == "L" || rne == "B" || rne == "U" : ep.legal_status != prev->legal_status;
        bool placement = known ? rne != "L"
                               : ep.placement != prev->placement || ep.urn != prev->urn ||
                                     ep.placement_postcode != prev->placement_postcode;
        if (legal)
          add(ep.start, "legal_status_change",
              "From " + prev->legal_status + " to " +
                  coded(CodeList::LegalStatus, ep.legal_status));
        if (placement)
          add(ep.start, "placement_change",
              join({labelled("Placement", CodeList::PlacementType, ep.placement),
                    labelled("reason", CodeList::ReasonPlaceChange, prev->reason_place_change)},
                   "; "));
      }
      bool last_of_period = i + 1 == eps.size() || !continues_care(ep, eps[i + 1]);
      if (ep.end && last_of_period)
        add(*ep.end, "care_end",
            labelled("Reason", CodeList::ReasonEpisodeCeased, ep.reason_ceased));
    }
  }

  void adoption(const Adoption& a) {
    // The AD1 decision repeats the PlacedAdoption one when both are held: shown once.
    if (a.should_be_placed &&
        std::none_of(lac_.placed_for_adoption.begin(), lac_.placed_for_adoption.end(),
                     [&](const PlacedForAdoption& p) { return p.decided == *a.should_be_placed; }))
      add(*a.should_be_placed, "adoption_decision", "");
    std::string adopters;
    if (a.adopters)
      adopters = std::to_string(*a.adopters) + (*a.adopters == 1 ? " adopter" : " adopters");
    std::string who = join({adopters, coded(CodeList::AdopterSex, a.adopter_sex),
                            coded(CodeList::AdopterLegalStatus, a.adopter_legal_status)});
    std::string carer = a.foster_carer ? (*a.foster_carer ? "adopted by their foster carer(s)"
                                                          : "not by their foster carer(s)")
                                       : "";
    if (a.matched) add(*a.matched, "adoption_match", join({who, carer}, "; "));
    // The adoption order is the end of the episode that ended "adopted" (E11, E12) in the year.
    Date from = *Date::from_ymd(a.year - 1, 4, 1), to = march_31(a.year);
    OptDate adopted;
    for (const auto& ep : lac_.episodes)
      if (ep.end && *ep.end >= from && *ep.end <= to &&
          (ep.reason_ceased == "E11" || ep.reason_ceased == "E12"))
        adopted = ep.end;
    add(adopted.value_or(to), "adoption",
        join({adopted ? ""
                      : "Adopted during " + ssda903::collection_year_label(a.year) +
                            " (no episode gives the date)",
              who, carer},
             "; "));
  }

  void health(const HealthOutcomes& h) {
    std::string sdq = h.sdq_score ? "SDQ score " + std::to_string(*h.sdq_score)
                                  : labelled("no SDQ score:", CodeList::SdqReason, h.sdq_reason);
    std::string outcomes = join(
        {yes_no("health assessment", h.health_assessment), yes_no("immunisations", h.immunisations),
         yes_no("teeth check", h.teeth_check), yes_no("health check", h.health_check), sdq,
         yes_no("substance misuse", h.substance_misuse), yes_no("convicted", h.convicted)});
    add(march_31(h.year), "health_assessment",
        "Year to 31 March " + std::to_string(h.year) + (outcomes.empty() ? "" : ": " + outcomes));
  }

  // The OC3 describes a care leaver around their birthday in the year: dated on it.
  void care_leaver(const CareLeaverOutcome& c) {
    Date date = march_31(c.year);
    std::string age;
    if (lac_.birth) {
      int years = c.year - 1 - lac_.birth->year();
      Date birthday = add_years(*lac_.birth, years);
      if (birthday < *Date::from_ymd(c.year - 1, 4, 1)) birthday = add_years(*lac_.birth, ++years);
      date = birthday;
      age = "Aged " + std::to_string(years);
    }
    add(date, "care_leaver",
        join({age, labelled("in touch", CodeList::InTouch, c.in_touch),
              labelled("activity", CodeList::Activity, c.activity),
              labelled("accommodation", CodeList::Accommodation, c.accommodation)},
             "; "));
  }

  void add(Date date, const char* type, std::string detail) {
    if (!detail.empty())
      detail[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(detail[0])));
    int period = static_cast<int>(std::count_if(period_starts_.begin(), period_starts_.end(),
                                                [&](Date s) { return s <= date; }));
    int seq =
        static_cast<int>(std::count_if(child_.episodes.begin(), child_.episodes.end(),
                                       [&](const CinEpisode& e) { return e.referral <= date; }));
    out_.push_back(
        {{date, type, event_label(type), std::move(detail), kSocialCare, 0, period}, seq});
  }

  const Child& child_;
  const LookedAfterChild& lac_;
  std::vector<Placed>& out_;
  std::vector<Date> period_starts_;
};

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
      {"care_start", "Period of care started"},
      {"legal_status_change", "Legal status changed"},
      {"placement_change", "Placement changed"},
      {"social_worker", "Social worker changed"},
      {"cp_review", "Child protection review conference"},
      {"lac_review", "Looked-after review"},
      {"missing", "Missing or away from placement"},
      {"missing_return", "Returned after missing or away"},
      {"uasc", "Unaccompanied asylum-seeking child"},
      {"health_assessment", "Health assessment recorded"},
      {"adoption_decision", "Decision: should be placed for adoption"},
      {"adoption_decision_reversed", "Decision: no longer to be placed for adoption"},
      {"adoption_match", "Matched with adopters"},
      {"adoption", "Adopted"},
      {"cin_plan_end", "Child in need plan ended"},
      {"cp_plan_end", "Child protection plan ended"},
      {"care_end", "Period of care ended"},
      {"care_leaver", "Care leaver contact"},
      {"closure", "Case closed"},
  };
  return all;
}

const std::string& event_label(const std::string& code) {
  for (const auto& t : event_types())
    if (t.code == code) return t.label;
  return code;
}

std::vector<Event> build_chronology(const Child& child, const LookedAfterChild* looked_after) {
  std::vector<Placed> placed;
  auto add = [&](Date date, const char* type, std::string detail, int episode) {
    placed.push_back(
        {{date, type, event_label(type), std::move(detail), kSocialCare, episode, 0}, episode});
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
  if (looked_after) LookedAfterEvents(child, *looked_after, placed).add_all();
  std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
    if (a.event.date != b.event.date) return a.event.date > b.event.date;
    if (a.seq != b.seq) return a.seq > b.seq;
    return rank(a.event.type) > rank(b.event.type);
  });
  std::vector<Event> out;
  out.reserve(placed.size());
  for (auto& p : placed) out.push_back(std::move(p.event));
  return out;
}

}  // namespace lens::chronology
