// cin_tables.hpp — a CIN census file as the DfE validation rules read it: the structural check
// and the census's tables (return_tables.hpp) from one read of the file.
//
// The census reader walks the XML once (census_reader.hpp) and hands each row to a sink
// (census_rows.hpp) that appends it to its Table: Header, ChildIdentifiers, ChildCharacteristics,
// Disabilities, CINdetails, Assessments, AssessmentFactors, CINplanDates, Section47,
// ChildProtectionPlans and Reviews, cell text as written, each row with the line of its element.
// The return's collection year is the header's Year (the year ending 31 March: 2017 is 2016-17),
// else the year of its ReferenceDate; its LA the header's LEA. Every table is present, empty when
// the census has no such records. Nothing is kept of an unreadable file. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "returns/cin/census_reader.hpp"
#include "validation/return_tables.hpp"

namespace lens::validation {

struct CensusForRules {
  cin::CensusFile file;  // the structural read, as read_census_file gives it
  ReturnTables tables;   // kind CinCensus
};

CensusForRules read_census_for_rules(const std::string& path);
// A census in memory (an upload); `name` names it in findings.
CensusForRules read_census_text_for_rules(std::string_view xml, const std::string& name);

}  // namespace lens::validation
