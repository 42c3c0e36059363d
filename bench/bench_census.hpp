// bench_census.hpp — a large census for benchmarks: 100,000 children (several times the
// largest authority's census), written by census_writer from a fixed pseudo-random mix.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "returns/cin/census_writer.hpp"
#include "returns/cin/cin_codes.hpp"

namespace lens::cin {

inline std::string pick(std::mt19937& gen, CodeList list) {
  auto all = codes(list);
  return std::string(all[gen() % all.size()].code);
}

// Children with one to three episodes; most episodes have an assessment, some a plan, a
// section 47 or a child protection plan with reviews: roughly the mix of a real census.
inline Census synthetic_census(int children) {
  std::mt19937 gen(2017);
  Census c;
  c.header.la = "301";
  c.header.collection_year = 2017;
  c.header.reference_date = Date::parse("2017-03-31");
  c.children.reserve(static_cast<std::size_t>(children));
  Date base = *Date::parse("2010-04-01");
  for (int i = 0; i < children; ++i) {
    Child& k = c.children.emplace_back();
    k.la = "301";
    k.la_child_id = "RND" + std::to_string(100000000 + i);
    k.upn = "A" + std::to_string(100000000000LL + i);
    k.birth = base - static_cast<int>(gen() % 6000);
    k.gender = pick(gen, CodeList::Gender);
    k.ethnicity = pick(gen, CodeList::Ethnicity);
    if (gen() % 4 == 0) k.disabilities = {pick(gen, CodeList::Disability)};
    int episodes = 1 + static_cast<int>(gen() % 3);
    Date at = base + static_cast<int>(gen() % 2000);
    for (int e = 0; e < episodes; ++e) {
      CinEpisode& ep = k.episodes.emplace_back();
      ep.referral = at;
      ep.source = pick(gen, CodeList::ReferralSource);
      ep.primary_need = pick(gen, CodeList::PrimaryNeed);
      ep.nfa = gen() % 5 == 0;
      if (!ep.nfa) {
        ep.assessments.push_back({at + 1, std::nullopt, at + 30,
                                  {pick(gen, CodeList::AssessmentFactor), pick(gen, CodeList::AssessmentFactor)}});
        if (gen() % 2) ep.cin_plans.push_back({at + 31, at + 200});
        if (gen() % 3 == 0) {
          ep.section47s.push_back({at + 2, at + 17, at + 15, false});
          ep.cp_plans.push_back({at + 15, at + 300, "NEG", "EMO", 0, {at + 100, at + 280}});
        }
      }
      ep.closure = at + 300;
      ep.closure_reason = pick(gen, CodeList::ReasonForClosure);
      at = at + 400;
    }
  }
  return c;
}

inline const std::string& census_file() {
  static const std::string path = [] {
    auto p = (std::filesystem::temp_directory_path() / "lens_bench_census_100k.xml").string();
    std::ofstream out(p, std::ios::binary);
    write_census(synthetic_census(100'000), out);
    return p;
  }();
  return path;
}

}  // namespace lens::cin
