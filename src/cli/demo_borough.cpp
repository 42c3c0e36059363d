#include "cli/demo_borough.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>

#include "returns/ssda903/ssda903_writer.hpp"
#include "synth/generator.hpp"

namespace lens::cli {
namespace {

// Children in need in a year's census per child aged 0-17 in Barking and Dagenham, as the
// generator makes it (about 4,900 in the census of 59,000 children): sizes the population.
constexpr double kCensusChildrenPerChild = 4900.0 / 59000.0;

}  // namespace

DemoBorough demo_borough(int children, std::uint32_t seed) {
  synth::GenerateOptions o;
  o.profile = "barking-dagenham-2016-17";
  o.authorities = {"301"};
  o.population = std::clamp(static_cast<int>(children / kCensusChildrenPerChild), 1000, 5000000);
  o.first_year = 2012;
  o.last_year = 2016;
  o.seed = seed;
  o.looked_after = true;
  DemoBorough out;
  synth::generate(
      synth::plan_generation(o),
      [&](synth::GeneratedCensus&& g) {
        out.censuses.push_back(std::move(g.census));
        out.looked_after.push_back(std::move(g.looked_after));
      },
      nullptr);
  std::sort(out.censuses.begin(), out.censuses.end(),
            [](const Census& a, const Census& b) { return a.header.collection_year < b.header.collection_year; });
  std::sort(out.looked_after.begin(), out.looked_after.end(),
            [](const LookedAfterReturn& a, const LookedAfterReturn& b) { return a.collection_year < b.collection_year; });
  // DEMO100001, ...: the latest census's children in order, then earlier censuses', then those
  // only in a 903 return.
  std::map<std::string, std::string> ids;
  auto rename = [&](std::string& id) {
    auto [it, added] = ids.emplace(id, "");
    if (added) it->second = fmt::format("DEMO{:06}", 100000 + ids.size());
    id = it->second;
  };
  for (auto census = out.censuses.rbegin(); census != out.censuses.rend(); ++census)
    for (Child& c : census->children) rename(c.la_child_id);
  for (LookedAfterReturn& r : out.looked_after)
    for (LookedAfterChild& c : r.children) rename(c.la_child_id);
  return out;
}

void import_demo_borough(Store& store, const DemoBorough& borough) {
  for (const Census& census : borough.censuses)
    store.import_census(census, {fmt::format("synthetic borough (lens demo), census {}", census.header.collection_year),
                                 fmt::format("demo-borough-census-{}", census.header.collection_year), "lens demo"});
  for (const LookedAfterReturn& r : borough.looked_after)
    store.import_ssda903(r, {fmt::format("synthetic borough (lens demo), SSDA903 {}", r.collection_year),
                             ssda903::ssda903_sha256(r), "lens demo"});
}

}  // namespace lens::cli
