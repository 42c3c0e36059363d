// census_writer.hpp — writes the child journey model as a DfE CIN census XML file.
//
// The output follows the 2024 schema's element order (shared/reference/data/cin_census_xsd/),
// dates as YYYY-MM-DD, yes/no as "true"/"false", and reads back through census_reader to the
// same values. Optional fields that are empty are omitted. The same input always gives the
// same bytes (no timestamps are added), so generated files are reproducible.
#pragma once

#include <ostream>

#include "model/child_journey.hpp"

namespace lens::cin {

void write_census(const Census& census, std::ostream& out);

}  // namespace lens::cin
