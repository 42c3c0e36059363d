// census_sources.hpp — feeding census returns into a snapshot, straight from files (without a
// store).
//
// A census holds the children in need during its year, each with the history the authority
// keeps; two censuses of one authority (say 2016 and 2017) overlap. They are merged child by
// child as a store merges them (merge_censuses, model/census_merge.hpp): the newer census's
// copy of a child replaces the child's details and each episode it has (matched by referral
// date), episodes only the older census knows are kept if they closed before the newer year.
// An authority is complete (Authority::covered_from) from the start of the earliest year of
// the unbroken run of census years ending at its latest (first_whole_year).
#pragma once

#include <string>
#include <vector>

#include "core/problem.hpp"
#include "measures/snapshot.hpp"
#include "model/child_journey.hpp"

namespace lens::measures {

void add_censuses(std::vector<Census> censuses, SnapshotBuilder& builder);

struct CensusFiles {
  std::vector<Census> censuses;
  std::vector<Problem> problems;   // of every file, as the reader found them
  std::vector<std::string> unreadable;  // files that are not a census at all
};
CensusFiles read_census_files(const std::vector<std::string>& paths);

}  // namespace lens::measures
