#include "model/looked_after.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace lens {
namespace {

// Adds `from` (a newer year's records) over `into`, one record per key.
template <typename T, typename Key>
void merge_events(std::vector<T>& into, const std::vector<T>& from, Key key) {
  std::map<decltype(key(from.front())), T> by_key;
  for (const auto& r : into) by_key.insert_or_assign(key(r), r);
  for (const auto& r : from) by_key.insert_or_assign(key(r), r);
  into.clear();
  for (auto& [k, r] : by_key) into.push_back(std::move(r));
}

template <typename T>
void merge_yearly(std::vector<T>& into, const std::vector<T>& from) {
  merge_events(into, from, [](const T& r) { return r.year; });
}

void take_text(std::string& into, const std::string& from) {
  if (!from.empty()) into = from;
}
void take_date(OptDate& into, const OptDate& from) {
  if (from) into = from;
}

}  // namespace

LookedAfterChild merge_years(std::vector<LookedAfterChild> by_year) {
  auto newest = [](const LookedAfterChild& c) { return c.years.empty() ? 0 : c.years.back(); };
  std::stable_sort(by_year.begin(), by_year.end(),
                   [&](const auto& a, const auto& b) { return newest(a) < newest(b); });
  LookedAfterChild out;
  for (const auto& y : by_year) {
    take_text(out.la, y.la);
    take_text(out.la_child_id, y.la_child_id);
    out.years.insert(out.years.end(), y.years.begin(), y.years.end());
    take_text(out.upn, y.upn);
    take_text(out.sex, y.sex);
    take_date(out.birth, y.birth);
    take_text(out.ethnicity, y.ethnicity);
    take_text(out.mother, y.mother);
    take_date(out.mother_child_birth, y.mother_child_birth);
    merge_events(out.episodes, y.episodes, [](const LacEpisode& e) { return e.start; });
    merge_events(out.reviews, y.reviews, [](const LacReview& r) { return r.date; });
    merge_events(out.missing, y.missing,
                 [](const MissingEpisode& m) { return std::make_tuple(m.start, m.kind); });
    merge_yearly(out.uasc, y.uasc);
    merge_yearly(out.health, y.health);
    merge_yearly(out.care_leaver, y.care_leaver);
    merge_yearly(out.adoptions, y.adoptions);
    merge_events(out.placed_for_adoption, y.placed_for_adoption,
                 [](const PlacedForAdoption& p) { return p.decided; });
    merge_yearly(out.previous_permanence, y.previous_permanence);
    merge_events(out.social_workers, y.social_workers,
                 [](const SocialWorkerEpisode& s) { return std::make_tuple(s.start, s.worker); });
  }
  std::sort(out.years.begin(), out.years.end());
  out.years.erase(std::unique(out.years.begin(), out.years.end()), out.years.end());
  return out;
}

}  // namespace lens
