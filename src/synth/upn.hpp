// upn.hpp — Unique Pupil Numbers for generated children.
//
// The shape of a UPN and its check letter are the DfE's (core/upn.hpp); this makes permanent
// ones for the generator.
#pragma once

#include <string>
#include <string_view>

#include "core/upn.hpp"

namespace lens::synth {

using lens::is_valid_upn;
using lens::upn_check_letter;

// A permanent UPN: `la` is 3 digits, establishment 0..9999, year 0..99, serial 0..999.
std::string make_upn(std::string_view la, int establishment, int year, int serial);

}  // namespace lens::synth
