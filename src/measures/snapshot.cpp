#include "measures/snapshot.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "core/working_day_calendar.hpp"

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

std::size_t Snapshot::record_count() const {
  return children_.size() + episodes_.size() + assessments_.size() + section47s_.size() +
         conferences_.size() + plans_.size();
}

SnapshotBuilder::SnapshotBuilder() { s_.children_.id_offset.push_back(0); }

std::uint16_t SnapshotBuilder::authority_index(const std::string& code) {
  auto [it, added] = authority_of_code_.try_emplace(code, static_cast<std::uint16_t>(s_.authorities_.size()));
  if (added) s_.authorities_.push_back(Authority{code, {}, {}, {}, {}, {}, {}, kCoveredAlways});
  return it->second;
}

void SnapshotBuilder::cover(const std::string& la, Date from) {
  auto& a = s_.authorities_[authority_index(la)];
  if (a.covered_from == kCoveredAlways || from.days() < a.covered_from) a.covered_from = from.days();
}

void SnapshotBuilder::add(const Child& c) {
  auto& ch = s_.children_;
  const auto child = static_cast<std::uint32_t>(ch.size());
  ch.authority.push_back(authority_index(c.la));
  ch.birth.push_back(day_or_never(c.birth));
  ch.expected_birth.push_back(day_or_never(c.expected_birth));
  ch.gender.push_back(encode(Dim::Gender, c.gender));
  ch.ethnic_group.push_back(ethnic_group_of(c.ethnicity));
  ch.ids += c.la_child_id;
  ch.id_offset.push_back(static_cast<std::uint32_t>(ch.ids.size()));

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

Snapshot SnapshotBuilder::finish() {
  Snapshot s = std::move(s_);
  s_ = Snapshot{};
  s_.children_.id_offset.push_back(0);
  authority_of_code_.clear();
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
  return s;
}

Snapshot build_snapshot(const std::vector<Child>& children) {
  SnapshotBuilder builder;
  for (const auto& c : children) builder.add(c);
  return builder.finish();
}

}  // namespace lens::measures
