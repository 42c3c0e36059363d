#include "measures/snapshot.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <tuple>

#include "core/working_day_calendar.hpp"
#include "measures/period.hpp"
#include "returns/ssda903/ssda903_codes.hpp"

namespace lens::measures {
namespace {

std::int32_t day_or_never(const OptDate& d) { return d ? d->days() : kNever; }

std::int32_t working_days(std::int32_t from, std::int32_t to) {
  const auto& cal = WorkingDayCalendar::england_and_wales();
  const std::int32_t first = cal.first().days(), last = cal.last().days();
  if (from < first || from > last || to < first || to > last) return kNoCount;
  return cal.working_days_between(Date::from_days(from), Date::from_days(to));
}

template <class T>
void gather(std::vector<T>& v, const std::vector<std::uint32_t>& order) {
  std::vector<T> out;
  out.reserve(order.size());
  for (std::uint32_t i : order) out.push_back(v[i]);
  v.swap(out);
}

// Reorders a compressed list column (row i owns values[offset[i], offset[i+1])).
template <class Values>
void gather_lists(std::vector<std::uint32_t>& offset, Values& values, const std::vector<std::uint32_t>& order) {
  std::vector<std::uint32_t> new_offset;
  Values new_values;
  new_offset.reserve(offset.size());
  new_values.reserve(values.size());
  new_offset.push_back(0);
  for (std::uint32_t i : order) {
    new_values.insert(new_values.end(), values.begin() + offset[i], values.begin() + offset[i + 1]);
    new_offset.push_back(static_cast<std::uint32_t>(new_values.size()));
  }
  offset.swap(new_offset);
  values.swap(new_values);
}

// Row order for an event table: grouped by the authority of its child, then by `date`, then by
// child; ties keep the order rows were added in, so a snapshot is the same for the same input.
// Fills each authority's range of the table.
std::vector<std::uint32_t> order_rows(const std::vector<std::uint32_t>& child,
                                      const std::vector<std::uint16_t>& child_authority,
                                      const std::vector<std::int32_t>& date,
                                      std::vector<Authority>& authorities,
                                      RowRange Authority::*range) {
  const std::size_t n = child.size(), a = authorities.size();
  std::vector<std::uint32_t> start(a + 1, 0);
  for (std::size_t i = 0; i < n; ++i) ++start[child_authority[child[i]] + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  for (std::size_t k = 0; k < a; ++k) authorities[k].*range = {start[k], start[k + 1]};
  std::vector<std::uint32_t> order(n);
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (std::uint32_t i = 0; i < n; ++i) order[next[child_authority[child[i]]]++] = i;
  for (std::size_t k = 0; k < a; ++k)
    std::stable_sort(order.begin() + start[k], order.begin() + start[k + 1],
                     [&](std::uint32_t x, std::uint32_t y) {
                       return std::tie(date[x], child[x]) < std::tie(date[y], child[y]);
                     });
  return order;
}

// Per authority, the rows of a table sorted by another date column.
std::vector<std::uint32_t> index_by(const std::vector<std::int32_t>& date,
                                    const std::vector<Authority>& authorities,
                                    RowRange Authority::*range) {
  std::vector<std::uint32_t> index(date.size());
  std::iota(index.begin(), index.end(), 0u);
  for (const auto& a : authorities) {
    RowRange r = a.*range;
    std::stable_sort(index.begin() + r.begin, index.begin() + r.end,
                     [&](std::uint32_t x, std::uint32_t y) { return date[x] < date[y]; });
  }
  return index;
}

void remap(std::vector<std::uint32_t>& child, const std::vector<std::uint32_t>& new_of_old) {
  for (auto& c : child) c = new_of_old[c];
}

// ---- Looked-after children ----

bool short_break(const LacEpisode& e) { return e.legal_status == "V3" || e.legal_status == "V4"; }

// RNE codes that say the child changed placement: P, T (placement), B, U (legal status too).
bool placement_change_code(const std::string& rne) { return rne == "P" || rne == "B" || rne == "T" || rne == "U"; }

bool same_placement(const LacEpisode& a, const LacEpisode& b) {
  return a.placement == b.placement && a.provider == b.provider && a.urn == b.urn &&
         a.placement_postcode == b.placement_postcode;
}

bool placed_for_adoption(const std::string& place) {
  return place == "A3" || place == "A4" || place == "A5" || place == "A6";
}

// The key of a child among every authority's children: authority index, then the LA child id.
std::string child_key(std::uint16_t authority, std::string_view id) {
  std::string key(2, '\0');
  key[0] = static_cast<char>(authority >> 8);
  key[1] = static_cast<char>(authority & 0xff);
  key += id;
  return key;
}

// Appends a child row (no 903 records yet) and gives its index.
std::uint32_t append_child(ChildColumns& ch, std::uint16_t authority, const std::string& id, std::int32_t birth,
                           std::int32_t expected_birth, std::uint8_t gender, std::uint8_t ethnic_group) {
  const auto row = static_cast<std::uint32_t>(ch.size());
  ch.authority.push_back(authority);
  ch.birth.push_back(birth);
  ch.expected_birth.push_back(expected_birth);
  ch.gender.push_back(gender);
  ch.ethnic_group.push_back(ethnic_group);
  ch.ids += id;
  ch.id_offset.push_back(static_cast<std::uint32_t>(ch.ids.size()));
  ch.looked_after.push_back(kNoRow);
  return row;
}

std::uint8_t outcome_flags(const HealthOutcomes& h) {
  std::uint8_t f = 0;
  if (h.health_assessment.value_or(false)) f |= LacOutcomeColumns::kHealthAssessment;
  if (h.teeth_check.value_or(false)) f |= LacOutcomeColumns::kTeethChecked;
  if (h.immunisations.value_or(false)) f |= LacOutcomeColumns::kImmunised;
  return f;
}

std::uint8_t outcome_flags(const CareLeaverOutcome& o) {
  using ssda903::CodeList;
  std::uint8_t f = 0;
  if (o.in_touch == "YES") f |= LacOutcomeColumns::kInTouch;
  if (ssda903::group_of(CodeList::Activity, o.activity) == "eet") f |= LacOutcomeColumns::kEet;
  if (ssda903::group_of(CodeList::Accommodation, o.accommodation) == "suitable")
    f |= LacOutcomeColumns::kSuitableAccommodation;
  return f;
}

template <class Outcome>
void add_outcomes(LacOutcomeColumns& t, std::uint32_t child, const std::vector<Outcome>& rows) {
  for (const auto& r : rows) {
    t.child.push_back(child);
    t.year.push_back(r.year);
    t.flags.push_back(outcome_flags(r));
  }
}

void gather_outcomes(LacOutcomeColumns& t, const std::vector<std::uint32_t>& new_child,
                     const std::vector<std::uint16_t>& child_authority, std::vector<Authority>& authorities,
                     RowRange Authority::*range) {
  remap(t.child, new_child);
  auto order = order_rows(t.child, child_authority, t.year, authorities, range);
  gather(t.child, order);
  gather(t.year, order);
  gather(t.flags, order);
}

}  // namespace

int Snapshot::find_authority(std::string_view code) const {
  for (std::size_t i = 0; i < authorities_.size(); ++i)
    if (authorities_[i].code == code) return static_cast<int>(i);
  return -1;
}

std::uint8_t Snapshot::age_band(std::uint32_t child, std::int32_t day) const {
  std::int32_t birth = children_.birth[child];
  if (birth == kNever) return children_.expected_birth[child] == kNever ? kAgeNotKnown : kUnborn;
  if (birth > day) return kUnborn;
  return age_band_for_years(age_in_years(Date::from_days(birth), Date::from_days(day)));
}

bool Snapshot::uasc(std::uint32_t child, std::int32_t day) const {
  const std::uint32_t row = children_.looked_after[child];
  if (row == kNoRow) return false;
  return looked_after_.uasc_from[row] <= day && day < looked_after_.uasc_until[row];
}

std::size_t Snapshot::record_count() const {
  return children_.size() + episodes_.size() + assessments_.size() + section47s_.size() +
         conferences_.size() + plans_.size() + looked_after_.size() + lac_episodes_.size() +
         lac_missing_.size() + lac_health_.size() + lac_leavers_.size();
}

SnapshotBuilder::SnapshotBuilder() {
  s_.children_.id_offset.push_back(0);
  s_.looked_after_.review_offset.push_back(0);
  s_.looked_after_.decision_offset.push_back(0);
}

std::uint16_t SnapshotBuilder::authority_index(const std::string& code) {
  auto [it, added] = authority_of_code_.try_emplace(code, static_cast<std::uint16_t>(s_.authorities_.size()));
  if (added) {
    Authority a;  // every range empty, coverage not known
    a.code = code;
    s_.authorities_.push_back(std::move(a));
  }
  return it->second;
}

void SnapshotBuilder::cover(const std::string& la, Date from) {
  auto& a = s_.authorities_[authority_index(la)];
  if (a.covered_from == kCoveredAlways || from.days() < a.covered_from) a.covered_from = from.days();
}

void SnapshotBuilder::cover_looked_after(const std::string& la, Date from) {
  auto& a = s_.authorities_[authority_index(la)];
  if (a.looked_after_from == kCoveredAlways || from.days() < a.looked_after_from) a.looked_after_from = from.days();
}

std::uint32_t SnapshotBuilder::find_child(std::uint16_t authority, const std::string& id) {
  const auto& ch = s_.children_;
  if (!joining_) {
    // Only once 903 children come: CIN-only snapshots never pay for the index.
    joining_ = true;
    row_of_child_.reserve(ch.size() * 2);
    for (std::uint32_t i = 0; i < ch.size(); ++i) row_of_child_.emplace(child_key(ch.authority[i], ch.id(i)), i);
  }
  auto it = row_of_child_.find(child_key(authority, id));
  return it == row_of_child_.end() ? kNoRow : it->second;
}

void SnapshotBuilder::add(const Child& c) {
  auto& ch = s_.children_;
  const std::uint16_t authority = authority_index(c.la);
  std::uint32_t child = joining_ ? find_child(authority, c.la_child_id) : kNoRow;
  if (child == kNoRow) {
    child = append_child(ch, authority, c.la_child_id, day_or_never(c.birth), day_or_never(c.expected_birth),
                         encode(Dim::Gender, c.gender), ethnic_group_of(c.ethnicity));
    if (joining_) row_of_child_.emplace(child_key(authority, c.la_child_id), child);
  } else {
    // The child came first from a 903 return: the census's details are the fuller ones.
    ch.birth[child] = day_or_never(c.birth);
    ch.expected_birth[child] = day_or_never(c.expected_birth);
    ch.gender[child] = encode(Dim::Gender, c.gender);
    ch.ethnic_group[child] = ethnic_group_of(c.ethnicity);
  }

  referral_days_.clear();
  plan_starts_.clear();
  for (const auto& e : c.episodes) {
    referral_days_.push_back(e.referral.days());
    for (const auto& p : e.cp_plans) plan_starts_.push_back(p.start.days());
  }
  std::sort(referral_days_.begin(), referral_days_.end());
  std::sort(plan_starts_.begin(), plan_starts_.end());

  std::vector<std::pair<std::int32_t, std::int32_t>> conferences;  // (DateOfInitialCPC, S47 start)
  auto& ep = s_.episodes_;
  auto& as = s_.assessments_;
  auto& s47 = s_.section47s_;
  auto& cp = s_.plans_;
  for (const auto& e : c.episodes) {
    const std::int32_t referral = e.referral.days();
    std::uint8_t flags = 0;
    if (e.nfa) flags |= EpisodeColumns::kNfa;
    if (!e.assessments.empty()) flags |= EpisodeColumns::kHasAssessment;
    // Another referral dated on or after (this date - 12 months) and before this date.
    auto before = std::lower_bound(referral_days_.begin(), referral_days_.end(), referral);
    if (before != referral_days_.begin() && *(before - 1) >= add_months(e.referral, -12).days())
      flags |= EpisodeColumns::kReReferral12m;
    ep.child.push_back(child);
    ep.referral.push_back(referral);
    ep.closure.push_back(day_or_never(e.closure));
    ep.source.push_back(encode(Dim::Source, e.source));
    ep.need.push_back(encode(Dim::PrimaryNeed, e.primary_need));
    ep.reason.push_back(encode(Dim::ClosureReason, e.closure_reason));
    ep.flags.push_back(flags);

    for (const auto& a : e.assessments) {
      if (as.factor_offset.empty()) as.factor_offset.push_back(0);
      as.child.push_back(child);
      as.start.push_back(a.start.days());
      as.authorised.push_back(day_or_never(a.authorised));
      as.working_days.push_back(a.authorised ? working_days(a.start.days(), a.authorised->days()) : kNoCount);
      for (const auto& f : a.factors) as.factors.push_back(encode(Dim::Factor, f));
      as.factor_offset.push_back(static_cast<std::uint32_t>(as.factors.size()));
    }
    for (const auto& s : e.section47s) {
      const bool conference = !s.icpc_not_required && s.icpc.has_value();
      s47.child.push_back(child);
      s47.start.push_back(s.start.days());
      s47.icpc.push_back(conference ? s.icpc->days() : kNever);
      if (conference) conferences.emplace_back(s.icpc->days(), s.start.days());
    }
    for (const auto& p : e.cp_plans) {
      if (cp.review_offset.empty()) cp.review_offset.push_back(0);
      const std::int32_t start = p.start.days();
      const bool earlier = p.previous_plans > 0 ||
                           std::lower_bound(plan_starts_.begin(), plan_starts_.end(), start) != plan_starts_.begin();
      cp.child.push_back(child);
      cp.start.push_back(start);
      cp.end.push_back(day_or_never(p.end));
      cp.initial_category.push_back(encode(Dim::Category, p.initial_category));
      cp.latest_category.push_back(encode(Dim::Category, p.latest_category));
      cp.flags.push_back(earlier ? CpPlanColumns::kEarlierPlan : 0);
      const auto first_review = cp.reviews.size();
      for (const auto& r : p.reviews) cp.reviews.push_back(r.days());
      std::sort(cp.reviews.begin() + static_cast<std::ptrdiff_t>(first_review), cp.reviews.end());
      cp.review_offset.push_back(static_cast<std::uint32_t>(cp.reviews.size()));
    }
  }

  std::sort(conferences.begin(), conferences.end());
  auto& cf = s_.conferences_;
  for (std::size_t i = 0; i < conferences.size();) {
    const std::int32_t date = conferences[i].first;
    std::size_t j = i;
    while (j < conferences.size() && conferences[j].first == date) ++j;
    // Starts in [i, j) ascend: take the last one on or before the conference, else the first.
    std::int32_t s47_start = conferences[i].second;
    for (std::size_t k = i; k < j; ++k)
      if (conferences[k].second <= date) s47_start = conferences[k].second;
    cf.child.push_back(child);
    cf.date.push_back(date);
    cf.s47_start.push_back(s47_start);
    cf.working_days.push_back(working_days(s47_start, date));
    cf.flags.push_back(std::binary_search(plan_starts_.begin(), plan_starts_.end(), date)
                           ? ConferenceColumns::kPlanStarted
                           : 0);
    i = j;
  }
}

void SnapshotBuilder::add(const LookedAfterChild& c) {
  auto& ch = s_.children_;
  const std::uint16_t authority = authority_index(c.la);
  std::uint32_t child = find_child(authority, c.la_child_id);
  if (child == kNoRow) {
    child = append_child(ch, authority, c.la_child_id, day_or_never(c.birth), kNever,
                         encode(Dim::Gender, ssda903::census_gender(c.sex)),  // 1/2 or M/F/U
                         ethnic_group_of(c.ethnicity));
    row_of_child_.emplace(child_key(authority, c.la_child_id), child);
  } else if (ch.looked_after[child] != kNoRow) {
    throw std::logic_error("the looked-after records of child " + c.la_child_id + " of LA " + c.la +
                           " were added twice; merge the years first (merge_years)");
  }

  auto& la = s_.looked_after_;
  ch.looked_after[child] = static_cast<std::uint32_t>(la.size());
  la.child.push_back(child);
  // UASC from the start of the earliest year recorded until the latest record's DUC.
  std::int32_t uasc_from = kNever, uasc_until = kNever;
  int latest = 0;
  for (const auto& u : c.uasc) {
    uasc_from = std::min(uasc_from, financial_year(u.year - 1).start.days());
    if (u.year >= latest) {
      latest = u.year;
      uasc_until = day_or_never(u.ceased);
    }
  }
  la.uasc_from.push_back(uasc_from);
  la.uasc_until.push_back(uasc_until);
  const auto first_review = la.reviews.size();
  for (const auto& r : c.reviews) la.reviews.push_back(r.date.days());
  std::sort(la.reviews.begin() + static_cast<std::ptrdiff_t>(first_review), la.reviews.end());
  la.review_offset.push_back(static_cast<std::uint32_t>(la.reviews.size()));
  for (const auto& p : c.placed_for_adoption) {
    la.decided.push_back(p.decided.days());
    la.reversed.push_back(day_or_never(p.reversed));
  }
  la.decision_offset.push_back(static_cast<std::uint32_t>(la.decided.size()));

  // Episodes, short breaks left out, in start order.
  std::vector<const LacEpisode*> kept;
  for (const auto& e : c.episodes)
    if (!short_break(e)) kept.push_back(&e);
  std::stable_sort(kept.begin(), kept.end(), [](auto* a, auto* b) { return a->start < b->start; });
  auto& ep = s_.lac_episodes_;
  const std::size_t first = ep.size();
  std::vector<std::pair<std::int32_t, std::int32_t>> periods;  // [start, end] of each period of care
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const LacEpisode& e = *kept[i];
    const std::int32_t start = e.start.days();
    std::int32_t end = day_or_never(e.end);
    // No DEC though another episode follows, or ending after it starts: ends when the next begins.
    if (i + 1 < kept.size()) end = std::min(end, kept[i + 1]->start.days());
    const bool continues = i > 0 && ep.end.back() == start;
    std::uint8_t flags = 0;
    if (!continues) {
      flags |= LacEpisodeColumns::kPeriodStart | LacEpisodeColumns::kNewPlacement;
      if (e.reason_new == "S") flags |= LacEpisodeColumns::kEntry;
      if (i > 0) ep.flags.back() |= LacEpisodeColumns::kPeriodEnd;
      periods.emplace_back(start, end);
    } else {
      if (placement_change_code(e.reason_new) && !same_placement(e, *kept[i - 1]))
        flags |= LacEpisodeColumns::kNewPlacement;
      periods.back().second = end;
    }
    if (placed_for_adoption(e.placement)) flags |= LacEpisodeColumns::kAdoptive;
    ep.child.push_back(child);
    ep.start.push_back(start);
    ep.end.push_back(end);
    ep.legal_status.push_back(encode(Dim::LegalStatus, e.legal_status));
    ep.placement.push_back(encode(Dim::PlacementType, e.placement));
    ep.reason_ceased.push_back(encode(Dim::ReasonCeased, e.reason_ceased));
    ep.flags.push_back(flags);
  }
  if (ep.size() > first) ep.flags.back() |= LacEpisodeColumns::kPeriodEnd;

  auto& ms = s_.lac_missing_;
  for (const auto& m : c.missing) {
    const std::int32_t start = m.start.days();
    std::uint8_t flags = m.kind == "M" ? LacMissingColumns::kMissing : m.kind == "A" ? LacMissingColumns::kAway : 0;
    for (const auto& [from, to] : periods)
      if (from <= start && start <= to) flags |= LacMissingColumns::kWhileLookedAfter;
    ms.child.push_back(child);
    ms.start.push_back(start);
    ms.flags.push_back(flags);
  }
  add_outcomes(s_.lac_health_, child, c.health);
  add_outcomes(s_.lac_leavers_, child, c.care_leaver);
}

Snapshot SnapshotBuilder::finish() {
  Snapshot s = std::move(s_);
  s_ = Snapshot{};
  s_.children_.id_offset.push_back(0);
  s_.looked_after_.review_offset.push_back(0);
  s_.looked_after_.decision_offset.push_back(0);
  authority_of_code_.clear();
  row_of_child_.clear();
  joining_ = false;
  auto& as = s.assessments_;
  auto& cp = s.plans_;
  if (as.factor_offset.empty()) as.factor_offset.push_back(0);
  if (cp.review_offset.empty()) cp.review_offset.push_back(0);

  // Authorities in code order.
  const std::size_t a = s.authorities_.size();
  std::vector<std::uint32_t> by_code(a);
  std::iota(by_code.begin(), by_code.end(), 0u);
  std::sort(by_code.begin(), by_code.end(),
            [&](auto x, auto y) { return s.authorities_[x].code < s.authorities_[y].code; });
  std::vector<std::uint16_t> new_authority(a);
  for (std::size_t k = 0; k < a; ++k) new_authority[by_code[k]] = static_cast<std::uint16_t>(k);
  gather(s.authorities_, by_code);
  auto& ch = s.children_;
  for (auto& x : ch.authority) x = new_authority[x];

  // Children grouped by authority, in the order they were added.
  std::vector<std::uint32_t> identity(ch.size());
  std::iota(identity.begin(), identity.end(), 0u);
  std::vector<std::int32_t> no_date(ch.size(), 0);
  auto child_order = order_rows(identity, ch.authority, no_date, s.authorities_, &Authority::children);
  std::vector<std::uint32_t> new_child(ch.size());
  for (std::uint32_t i = 0; i < child_order.size(); ++i) new_child[child_order[i]] = i;
  gather(ch.authority, child_order);
  gather(ch.birth, child_order);
  gather(ch.expected_birth, child_order);
  gather(ch.gender, child_order);
  gather(ch.ethnic_group, child_order);
  gather(ch.looked_after, child_order);
  gather_lists(ch.id_offset, ch.ids, child_order);

  auto& ep = s.episodes_;
  remap(ep.child, new_child);
  auto order = order_rows(ep.child, ch.authority, ep.referral, s.authorities_, &Authority::episodes);
  gather(ep.child, order);
  gather(ep.referral, order);
  gather(ep.closure, order);
  gather(ep.source, order);
  gather(ep.need, order);
  gather(ep.reason, order);
  gather(ep.flags, order);

  remap(as.child, new_child);
  order = order_rows(as.child, ch.authority, as.authorised, s.authorities_, &Authority::assessments);
  gather(as.child, order);
  gather(as.start, order);
  gather(as.authorised, order);
  gather(as.working_days, order);
  gather_lists(as.factor_offset, as.factors, order);

  auto& s47 = s.section47s_;
  remap(s47.child, new_child);
  order = order_rows(s47.child, ch.authority, s47.start, s.authorities_, &Authority::section47s);
  gather(s47.child, order);
  gather(s47.start, order);
  gather(s47.icpc, order);

  auto& cf = s.conferences_;
  remap(cf.child, new_child);
  order = order_rows(cf.child, ch.authority, cf.date, s.authorities_, &Authority::conferences);
  gather(cf.child, order);
  gather(cf.date, order);
  gather(cf.s47_start, order);
  gather(cf.working_days, order);
  gather(cf.flags, order);

  remap(cp.child, new_child);
  order = order_rows(cp.child, ch.authority, cp.start, s.authorities_, &Authority::plans);
  gather(cp.child, order);
  gather(cp.start, order);
  gather(cp.end, order);
  gather(cp.initial_category, order);
  gather(cp.latest_category, order);
  gather(cp.flags, order);
  gather_lists(cp.review_offset, cp.reviews, order);

  s.episodes_by_closure_ = index_by(ep.closure, s.authorities_, &Authority::episodes);
  s.plans_by_end_ = index_by(cp.end, s.authorities_, &Authority::plans);

  // Looked-after children grouped by authority, in child order.
  auto& la = s.looked_after_;
  remap(la.child, new_child);
  std::vector<std::int32_t> no_lac_date(la.size(), 0);
  order = order_rows(la.child, ch.authority, no_lac_date, s.authorities_, &Authority::looked_after);
  std::vector<std::uint32_t> new_lac(la.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) new_lac[order[i]] = i;
  gather(la.child, order);
  gather(la.uasc_from, order);
  gather(la.uasc_until, order);
  gather_lists(la.review_offset, la.reviews, order);
  auto decision_offset = la.decision_offset;
  gather_lists(decision_offset, la.reversed, order);
  gather_lists(la.decision_offset, la.decided, order);
  for (auto& x : ch.looked_after)
    if (x != kNoRow) x = new_lac[x];

  // Episodes: each child's together in start order (sorting by child keeps the order added).
  auto& le = s.lac_episodes_;
  remap(le.child, new_child);
  std::vector<std::int32_t> by_child(le.child.begin(), le.child.end());
  order = order_rows(le.child, ch.authority, by_child, s.authorities_, &Authority::lac_episodes);
  gather(le.child, order);
  gather(le.start, order);
  gather(le.end, order);
  gather(le.legal_status, order);
  gather(le.placement, order);
  gather(le.reason_ceased, order);
  gather(le.flags, order);
  s.lac_episodes_by_start_ = index_by(le.start, s.authorities_, &Authority::lac_episodes);
  s.lac_episodes_by_end_ = index_by(le.end, s.authorities_, &Authority::lac_episodes);

  auto& ms = s.lac_missing_;
  remap(ms.child, new_child);
  order = order_rows(ms.child, ch.authority, ms.start, s.authorities_, &Authority::lac_missing);
  gather(ms.child, order);
  gather(ms.start, order);
  gather(ms.flags, order);

  gather_outcomes(s.lac_health_, new_child, ch.authority, s.authorities_, &Authority::lac_health);
  gather_outcomes(s.lac_leavers_, new_child, ch.authority, s.authorities_, &Authority::lac_leavers);

  // An authority with 903 returns and no CIN records: its data starts with its earliest 903 year.
  for (auto& a : s.authorities_)
    if (a.covered_from == kCoveredAlways && a.episodes.size() == 0) a.covered_from = a.looked_after_from;
  return s;
}

Snapshot build_snapshot(const std::vector<Child>& children) {
  SnapshotBuilder builder;
  for (const auto& c : children) builder.add(c);
  return builder.finish();
}

}  // namespace lens::measures
