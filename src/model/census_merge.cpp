#include "model/census_merge.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>

namespace lens {
namespace {

// Whether an episode the newer census does not hold is history it need not carry: closed
// before the newer census's year. Without a year to go by, nothing is taken for removed.
bool closed_before(const CinEpisode& e, const OptDate& newer_year_start) {
  return !newer_year_start || (e.closure && *e.closure < *newer_year_start);
}

// The older copy's episodes that the newer copy does not hold and that closed before its year,
// with the newer copy's episodes, by referral date.
std::vector<CinEpisode> merged_episodes(std::vector<CinEpisode>&& older,
                                        std::vector<CinEpisode>&& newer,
                                        const OptDate& newer_year_start) {
  std::set<std::int32_t> newer_referrals;
  for (const auto& e : newer) newer_referrals.insert(e.referral.days());
  std::vector<CinEpisode> out;
  for (auto& e : older)
    if (!newer_referrals.count(e.referral.days()) && closed_before(e, newer_year_start))
      out.push_back(std::move(e));
  for (auto& e : newer) out.push_back(std::move(e));
  std::stable_sort(out.begin(), out.end(),
                   [](const CinEpisode& a, const CinEpisode& b) { return a.referral < b.referral; });
  return out;
}

std::vector<Child> merge_two(std::vector<Child>&& older, std::vector<Child>&& newer,
                             const OptDate& newer_year_start) {
  std::unordered_map<std::string, std::size_t> older_at;  // the first older child of each id
  for (std::size_t i = 0; i < older.size(); ++i) older_at.try_emplace(older[i].la_child_id, i);
  std::vector<bool> taken(older.size(), false);
  std::vector<Child> out;
  out.reserve(std::max(older.size(), newer.size()));
  for (auto& c : newer) {
    auto at = older_at.find(c.la_child_id);
    if (at != older_at.end() && !taken[at->second]) {
      taken[at->second] = true;
      c.episodes = merged_episodes(std::move(older[at->second].episodes), std::move(c.episodes),
                                   newer_year_start);
    }
    out.push_back(std::move(c));
  }
  for (std::size_t i = 0; i < older.size(); ++i) {
    if (taken[i]) continue;
    Child& c = older[i];
    bool had_episodes = !c.episodes.empty();
    c.episodes = merged_episodes(std::move(c.episodes), {}, newer_year_start);
    if (had_episodes && c.episodes.empty()) continue;  // all of it fell in the newer year
    out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Child& a, const Child& b) { return a.la_child_id < b.la_child_id; });
  return out;
}

}  // namespace

OptDate census_year_start(int collection_year) {
  if (collection_year < 1) return std::nullopt;
  return Date::from_ymd(collection_year - 1, 4, 1);
}

std::vector<Child> merge_censuses(std::vector<Census> censuses) {
  std::stable_sort(censuses.begin(), censuses.end(), [](const Census& a, const Census& b) {
    if (a.header.collection_year != b.header.collection_year)
      return a.header.collection_year < b.header.collection_year;
    return a.header.reference_date < b.header.reference_date;  // nullopt first
  });
  std::vector<Child> out;
  for (std::size_t k = 0; k < censuses.size(); ++k) {
    auto& census = censuses[k];
    for (auto& c : census.children)
      if (c.la.empty()) c.la = census.header.la;
    if (k == 0)
      out = std::move(census.children);
    else
      out = merge_two(std::move(out), std::move(census.children),
                      census_year_start(census.header.collection_year));
  }
  return out;
}

int first_whole_year(std::vector<int> years) {
  std::erase_if(years, [](int y) { return y < 1; });
  if (years.empty()) return 0;
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  std::size_t i = years.size() - 1;
  while (i > 0 && years[i - 1] == years[i] - 1) --i;
  return years[i];
}

}  // namespace lens
