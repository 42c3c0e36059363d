#include "measures/census_sources.hpp"

#include <algorithm>

#include "model/census_merge.hpp"
#include "returns/cin/census_reader.hpp"

namespace lens::measures {

void add_censuses(std::vector<Census> censuses, SnapshotBuilder& builder) {
  std::stable_sort(censuses.begin(), censuses.end(),
                   [](const Census& a, const Census& b) { return a.header.la < b.header.la; });
  for (auto from = censuses.begin(); from != censuses.end();) {
    const std::string la = from->header.la;
    auto to = std::find_if(from, censuses.end(), [&](const Census& c) { return c.header.la != la; });
    std::vector<int> years;
    for (auto c = from; c != to; ++c) years.push_back(c->header.collection_year);
    if (auto start = census_year_start(first_whole_year(years))) builder.cover(la, *start);
    std::vector<Census> own(std::make_move_iterator(from), std::make_move_iterator(to));
    for (const auto& child : merge_censuses(std::move(own))) builder.add(child);
    from = to;
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
