#include "synth/faults.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

namespace lens::synth {
namespace {

using Change = std::function<InjectedFault(Child&, Random&)>;

// A way to break a child's record: applies if `fits`, then `apply` does it and says what.
struct Variant {
  std::function<bool(const Child&)> fits;
  Change apply;
};

bool any_episode(const Child& c, const std::function<bool(const CinEpisode&)>& f) {
  return std::any_of(c.episodes.begin(), c.episodes.end(), f);
}
template <class F>
CinEpisode& first_episode(Child& c, F f) {
  return *std::find_if(c.episodes.begin(), c.episodes.end(), f);
}

std::vector<Variant> missing_date() {
  auto closed = [](const CinEpisode& e) { return e.closure.has_value() && !e.nfa; };
  return {
      {[](const Child& c) { return c.birth.has_value(); },
       [](Child& c, Random&) {
         c.birth.reset();
         return InjectedFault{FaultKind::MissingDate, c.la_child_id, "PersonBirthDate",
                              "date of birth left out"};
       }},
      {[=](const Child& c) { return any_episode(c, closed); },
       [=](Child& c, Random&) {
         CinEpisode& e = first_episode(c, closed);
         e.closure.reset();
         return InjectedFault{FaultKind::MissingDate, c.la_child_id, "CINclosureDate",
                              fmt::format("closure date left out of the episode referred {} "
                                          "(reason {} kept)", e.referral.iso(), e.closure_reason)};
       }},
      {[=](const Child& c) {
         return any_episode(c, [&](const CinEpisode& e) { return closed(e) && !e.assessments.empty(); });
       },
       [=](Child& c, Random&) {
         CinEpisode& e = first_episode(c, [&](const CinEpisode& x) { return closed(x) && !x.assessments.empty(); });
         e.assessments[0].authorised.reset();
         e.assessments[0].factors.clear();
         return InjectedFault{FaultKind::MissingDate, c.la_child_id, "AssessmentAuthorisationDate",
                              fmt::format("authorisation date left out of the assessment started {} "
                                          "in a closed episode", e.assessments[0].start.iso())};
       }},
      {[=](const Child& c) {
         return any_episode(c, [&](const CinEpisode& e) {
           return closed(e) && !e.section47s.empty() && e.section47s[0].icpc;
         });
       },
       [=](Child& c, Random&) {
         CinEpisode& e = first_episode(c, [&](const CinEpisode& x) {
           return closed(x) && !x.section47s.empty() && x.section47s[0].icpc;
         });
         e.section47s[0].icpc.reset();
         return InjectedFault{FaultKind::MissingDate, c.la_child_id, "DateOfInitialCPC",
                              fmt::format("conference date left out of the Section 47 started {} "
                                          "in a closed episode", e.section47s[0].start.iso())};
       }},
  };
}

std::vector<Variant> date_order() {
  auto closed = [](const CinEpisode& e) { return e.closure && !e.nfa; };
  auto assessed = [](const CinEpisode& e) { return !e.assessments.empty(); };
  auto ended_plan = [](const CinEpisode& e) { return !e.cp_plans.empty() && e.cp_plans[0].end; };
  auto conference = [](const CinEpisode& e) { return !e.section47s.empty() && e.section47s[0].icpc; };
  return {
      {[=](const Child& c) { return any_episode(c, closed); },
       [=](Child& c, Random& r) {
         CinEpisode& e = first_episode(c, closed);
         e.closure = e.referral - r.between(1, 30);
         return InjectedFault{FaultKind::DateOrder, c.la_child_id, "CINclosureDate",
                              fmt::format("closure {} before the referral {}", e.closure->iso(),
                                          e.referral.iso())};
       }},
      {[=](const Child& c) { return any_episode(c, assessed); },
       [=](Child& c, Random& r) {
         CinEpisode& e = first_episode(c, assessed);
         e.assessments[0].start = e.referral - r.between(1, 20);
         return InjectedFault{FaultKind::DateOrder, c.la_child_id, "AssessmentActualStartDate",
                              fmt::format("assessment start {} before the referral {}",
                                          e.assessments[0].start.iso(), e.referral.iso())};
       }},
      {[=](const Child& c) { return any_episode(c, ended_plan); },
       [=](Child& c, Random& r) {
         CpPlan& p = first_episode(c, ended_plan).cp_plans[0];
         p.end = p.start - r.between(1, 30);
         return InjectedFault{FaultKind::DateOrder, c.la_child_id, "CPPendDate",
                              fmt::format("plan end {} before its start {}", p.end->iso(),
                                          p.start.iso())};
       }},
      {[=](const Child& c) { return any_episode(c, conference); },
       [=](Child& c, Random& r) {
         Section47& s = first_episode(c, conference).section47s[0];
         s.icpc = s.start - r.between(1, 10);
         return InjectedFault{FaultKind::DateOrder, c.la_child_id, "DateOfInitialCPC",
                              fmt::format("conference {} before the Section 47 started {}",
                                          s.icpc->iso(), s.start.iso())};
       }},
  };
}

std::vector<Variant> invalid_code() {
  auto fault = [](const Child& c, const char* field, const std::string& was, const char* now) {
    return InjectedFault{FaultKind::InvalidCode, c.la_child_id, field,
                         fmt::format("'{}' in place of '{}'", now, was)};
  };
  auto with_need = [](const CinEpisode& e) { return !e.primary_need.empty(); };
  auto with_reason = [](const CinEpisode& e) { return !e.closure_reason.empty(); };
  auto with_plan = [](const CinEpisode& e) { return !e.cp_plans.empty(); };
  auto with_factors = [](const CinEpisode& e) {
    return !e.assessments.empty() && !e.assessments[0].factors.empty();
  };
  return {
      {[](const Child&) { return true; },
       [=](Child& c, Random&) {
         auto f = fault(c, "Ethnicity", c.ethnicity, "WBRT");
         c.ethnicity = "WBRT";
         return f;
       }},
      {[](const Child& c) { return c.gender == "1" || c.gender == "2"; },
       [=](Child& c, Random&) {
         auto f = fault(c, "GenderCurrent", c.gender, "3");
         c.gender = "3";
         return f;
       }},
      {[](const Child& c) { return !c.disabilities.empty(); },
       [=](Child& c, Random&) {
         auto f = fault(c, "Disability", c.disabilities[0], "BLND");
         c.disabilities[0] = "BLND";
         return f;
       }},
      {[](const Child& c) { return !c.episodes.empty(); },
       [=](Child& c, Random&) {
         auto f = fault(c, "ReferralSource", c.episodes[0].source, "11");
         c.episodes[0].source = "11";
         return f;
       }},
      {[=](const Child& c) { return any_episode(c, with_need); },
       [=](Child& c, Random&) {
         CinEpisode& e = first_episode(c, with_need);
         auto f = fault(c, "PrimaryNeedCode", e.primary_need, "N10");
         e.primary_need = "N10";
         return f;
       }},
      {[=](const Child& c) { return any_episode(c, with_reason); },
       [=](Child& c, Random&) {
         CinEpisode& e = first_episode(c, with_reason);
         auto f = fault(c, "ReasonForClosure", e.closure_reason, "RC10");
         e.closure_reason = "RC10";
         return f;
       }},
      {[=](const Child& c) { return any_episode(c, with_plan); },
       [=](Child& c, Random&) {
         CpPlan& p = first_episode(c, with_plan).cp_plans[0];
         auto f = fault(c, "InitialCategoryOfAbuse", p.initial_category, "NEGL");
         p.initial_category = "NEGL";
         return f;
       }},
      {[=](const Child& c) { return any_episode(c, with_factors); },
       [=](Child& c, Random&) {
         std::string& code = first_episode(c, with_factors).assessments[0].factors[0];
         auto f = fault(c, "AssessmentFactors", code, "25A");
         code = "25A";
         return f;
       }},
  };
}

}  // namespace

const std::vector<FaultKind>& fault_kinds() {
  static const std::vector<FaultKind> kinds = {FaultKind::MissingDate, FaultKind::DateOrder,
                                               FaultKind::InvalidCode, FaultKind::DuplicateChild};
  return kinds;
}

std::string fault_name(FaultKind kind) {
  switch (kind) {
    case FaultKind::MissingDate: return "missing-date";
    case FaultKind::DateOrder: return "date-order";
    case FaultKind::InvalidCode: return "invalid-code";
    case FaultKind::DuplicateChild: return "duplicate-child";
  }
  return "";
}

bool FaultSpec::empty() const {
  return std::all_of(per_census.begin(), per_census.end(), [](auto& kv) { return kv.second == 0; });
}

FaultSpec FaultSpec::parse(const std::string& text) {
  FaultSpec spec;
  std::stringstream in(text);
  std::string part;
  std::string known;
  for (FaultKind k : fault_kinds()) known += (known.empty() ? "" : ", ") + fault_name(k);
  while (std::getline(in, part, ',')) {
    if (part.empty()) continue;
    auto eq = part.find('=');
    std::string name = part.substr(0, eq);
    auto kind = std::find_if(fault_kinds().begin(), fault_kinds().end(),
                             [&](FaultKind k) { return fault_name(k) == name; });
    if (kind == fault_kinds().end())
      throw std::invalid_argument(
          fmt::format("--faults: '{}' is not a kind of fault; use {}", name, known));
    int n = 1;
    if (eq != std::string::npos) {
      std::string count = part.substr(eq + 1);
      if (count.empty() || count.size() > 6 ||
          !std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; }))
        throw std::invalid_argument(
            fmt::format("--faults: '{}' is not a count in '{}'; write {}=3", count, part, name));
      n = std::stoi(count);
    }
    spec.per_census[*kind] = n;
  }
  return spec;
}

std::string FaultSpec::text() const {
  std::string out;
  for (const auto& [kind, n] : per_census)
    if (n > 0) out += fmt::format("{}{}={}", out.empty() ? "" : ",", fault_name(kind), n);
  return out;
}

std::vector<InjectedFault> inject_faults(Census& census, const FaultSpec& spec, Random& random) {
  std::vector<InjectedFault> done;
  if (spec.empty()) return done;
  std::vector<std::size_t> order(census.children.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // A random order of children; each fault takes the next child it can break.
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random.below(i)]);
  std::set<std::size_t> used;
  std::vector<std::size_t> duplicates;
  for (FaultKind kind : fault_kinds()) {
    auto it = spec.per_census.find(kind);
    int wanted = it == spec.per_census.end() ? 0 : it->second;
    std::vector<Variant> variants = kind == FaultKind::MissingDate   ? missing_date()
                                    : kind == FaultKind::DateOrder   ? date_order()
                                    : kind == FaultKind::InvalidCode ? invalid_code()
                                                                     : std::vector<Variant>{};
    for (std::size_t scan = 0; wanted > 0 && scan < order.size(); ++scan) {
      std::size_t i = order[scan];
      if (used.count(i)) continue;
      Child& child = census.children[i];
      if (kind == FaultKind::DuplicateChild) {
        used.insert(i);
        duplicates.push_back(i);
        done.push_back({kind, child.la_child_id, "LAchildID", "the child's record appears twice"});
        --wanted;
        continue;
      }
      // Try the variants from a random one onwards; the first that fits this child is used.
      const std::size_t start = random.below(variants.size());
      for (std::size_t v = 0; v < variants.size(); ++v) {
        const Variant& variant = variants[(start + v) % variants.size()];
        if (!variant.fits(child)) continue;
        done.push_back(variant.apply(child, random));
        used.insert(i);
        --wanted;
        break;
      }
    }
  }
  // Copies go in last, highest index first, so earlier positions stay put.
  std::sort(duplicates.rbegin(), duplicates.rend());
  for (std::size_t i : duplicates) {
    Child copy = census.children[i];
    census.children.insert(census.children.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(copy));
  }
  return done;
}

}  // namespace lens::synth
