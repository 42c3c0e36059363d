#include "measures/census_sources.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "measures/period.hpp"
#include "returns/cin/census_reader.hpp"

namespace lens::measures {
namespace {

void merge_into(Child& older, Child&& newer) {
  std::set<std::int32_t> newer_referrals;
  for (const auto& e : newer.episodes) newer_referrals.insert(e.referral.days());
  std::vector<CinEpisode> kept;
  for (auto& e : older.episodes)
    if (!newer_referrals.count(e.referral.days())) kept.push_back(std::move(e));
  for (auto& e : newer.episodes) kept.push_back(std::move(e));
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.referral < b.referral; });
  newer.episodes = std::move(kept);
  older = std::move(newer);
}

}  // namespace

void add_censuses(std::vector<Census> censuses, SnapshotBuilder& builder) {
  std::stable_sort(censuses.begin(), censuses.end(), [](const Census& a, const Census& b) {
    return std::tie(a.header.la, a.header.collection_year, a.header.reference_date) <
           std::tie(b.header.la, b.header.collection_year, b.header.reference_date);
  });
  for (std::size_t i = 0; i < censuses.size();) {
    const std::string la = censuses[i].header.la;
    std::size_t j = i;
    while (j < censuses.size() && censuses[j].header.la == la) ++j;
    for (std::size_t k = i; k < j; ++k)
      if (censuses[k].header.collection_year > 0)
        builder.cover(la, financial_year(censuses[k].header.collection_year - 1).start);
    auto own = [&](Child& c) {
      if (c.la.empty()) c.la = la;
    };
    if (j - i == 1) {
      for (auto& c : censuses[i].children) {
        own(c);
        builder.add(c);
      }
    } else {
      std::map<std::string, Child> children;
      for (std::size_t k = i; k < j; ++k)
        for (auto& c : censuses[k].children) {
          own(c);
          auto [it, added] = children.try_emplace(c.la_child_id, c);
          if (!added) merge_into(it->second, std::move(c));
        }
      for (const auto& [id, c] : children) builder.add(c);
    }
    i = j;
  }
}

CensusFiles read_census_files(const std::vector<std::string>& paths) {
  CensusFiles out;
  for (const auto& path : paths) {
    cin::CensusFile f = cin::read_census_file(path);
    out.problems.insert(out.problems.end(), f.problems.begin(), f.problems.end());
    if (f.unreadable) {
      out.unreadable.push_back(path);
      continue;
    }
    out.censuses.push_back(std::move(f.census));
  }
  return out;
}

}  // namespace lens::measures
