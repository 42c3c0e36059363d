#include "measures/ssda903_sources.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "measures/period.hpp"

namespace lens::measures {

void add_looked_after_returns(std::vector<LookedAfterReturn> returns, SnapshotBuilder& builder) {
  std::stable_sort(returns.begin(), returns.end(), [](const auto& a, const auto& b) {
    return std::tie(a.la, a.collection_year) < std::tie(b.la, b.collection_year);
  });
  for (std::size_t i = 0; i < returns.size();) {
    const std::string la = returns[i].la;
    std::size_t j = i;
    while (j < returns.size() && returns[j].la == la) ++j;
    if (returns[i].collection_year > 0) builder.cover_looked_after(la, financial_year(returns[i].collection_year - 1).start);
    std::map<std::string, std::vector<LookedAfterChild>> by_child;  // each child's years, in id order
    for (std::size_t k = i; k < j; ++k)
      for (auto& c : returns[k].children) {
        if (c.la.empty()) c.la = la;
        if (c.years.empty() && returns[k].collection_year > 0) c.years = {returns[k].collection_year};
        by_child[c.la_child_id].push_back(std::move(c));
      }
    for (auto& [id, years] : by_child) {
      // Every year's copy already carries the authority (above), and merge_years keeps it.
      builder.add(years.size() == 1 ? std::move(years.front()) : merge_years(std::move(years)));
    }
    i = j;
  }
}

void add_looked_after_from_store(const Store& store, const std::vector<std::string>& authorities,
                                 SnapshotBuilder& builder) {
  for (const auto& la : authorities.empty() ? store.authorities() : authorities) {
    const auto years = store.ssda903_years(la);
    if (years.empty()) continue;
    builder.cover_looked_after(la, financial_year(years.front() - 1).start);
    store.for_each_looked_after_child(la, [&](LookedAfterChild&& c) {
      if (c.la.empty()) c.la = la;
      builder.add(c);
    });
  }
}

}  // namespace lens::measures
