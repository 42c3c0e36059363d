// census_year.hpp — what one year's CIN census shows of a child whose whole history is known.
//
// A real census (DfE rule 8620) holds every child with a CIN episode open at any point in the
// collection year — referred on or before the reference date (31 March) and not closed before
// the year began — with those episodes only, each as it stood on the reference date: events
// after it are not yet known, so they are left out and whatever was still open then is open.
// NumberOfPreviousCPP carries the history of earlier plans. child_in_census makes that view
// from a child's full generated history; recode_for_collection_year moves codes to the code
// list of the collection year (shared/reference/data/cin_census_xsd/: 18A/19A before 2021,
// 18B/18C/19B/19C from 2021, 24A from 2022, 5D and RC9 from 2023, CIN plan dates from 2024).
// Pure functions on model values.
#pragma once

#include <optional>
#include <string>

#include "model/child_journey.hpp"

namespace lens::synth {

// 1 April of the year before the collection year to 31 March of it.
Date collection_start(int collection_year);
Date reference_date(int collection_year);

// The child as census `collection_year` shows them, or nullopt if no episode of theirs was
// open during that year. Identity is as on the reference date: a child not yet born has an
// expected birth date only and gender 0; a child under five has no UPN (UPNunknown UN1).
std::optional<Child> child_in_census(const Child& full, int collection_year);

void recode_for_collection_year(Child& child, int collection_year);

// The census header Lens writes for generated data (no timestamp of when it ran, so the same
// input always gives the same file).
CensusHeader synthetic_header(const std::string& la, int collection_year);

}  // namespace lens::synth
