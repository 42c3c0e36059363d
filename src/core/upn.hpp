// upn.hpp — the check letter of a Unique Pupil Number, as the DfE defines it.
//
// A permanent UPN is 13 characters: a check letter, the 3-digit DfE number of the authority
// that allocated it, the school's 4-digit establishment number, the 2-digit year of
// allocation and a 3-digit serial. The check letter is the DfE's: weight characters 2 to 13
// by their position (2..13), with digits at face value and a letter in position 13 (temporary
// UPNs) at its index in "ABCDEFGHJKLMNPQRTUVWXYZ"; the sum modulo 23 indexes that same
// alphabet. The letters I, O and S are never used. Used by the generator (synth/upn.hpp) and
// the CIN census validation rules (1510). Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string_view>

namespace lens {

// The check letter for the 12 characters after it; nullopt if `body` is not 11 digits followed
// by a digit or an allowed letter.
std::optional<char> upn_check_letter(std::string_view body);

// True if `upn` is 13 characters with a correct check letter.
bool is_valid_upn(std::string_view upn);

}  // namespace lens
