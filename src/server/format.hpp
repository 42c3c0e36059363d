// format.hpp — values as pages show them: dates the GOV.UK way ("5 March 2017"), URL parts,
// CSV fields. Pure functions.
#pragma once

#include <string>

#include "core/date.hpp"

namespace lens::server {

// "5 March 2017"; "" for no date.
std::string people_date(const OptDate& d);
// Percent-encodes everything but unreserved characters (RFC 3986), for query values and paths.
std::string url_encode(const std::string& s);
// A CSV field: quoted when it holds a comma, quote or line break (RFC 4180), and prefixed with
// an apostrophe when it starts with = + - @ so a spreadsheet does not run it as a formula.
std::string csv_field(const std::string& s);

}  // namespace lens::server
