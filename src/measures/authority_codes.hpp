// authority_codes.hpp — the authorities a person asked for, as DfE LA numbers.
//
// Each text given is a DfE number ("301"), an ONS code ("E09000002") or a name ("Barking and
// Dagenham"), or several of them separated by commas, as `lens measures --la` and the web app's
// `la=` take them. A three-digit number the directory does not know is kept (a census may use an
// authority that no longer exists); anything else unknown is a MeasuresError saying what to give.
// The result keeps the order given, repeats included (the engine ignores repeats).
#pragma once

#include <string>
#include <vector>

#include "measures/authorities.hpp"

namespace lens::measures {

std::vector<std::string> authority_codes(const std::vector<std::string>& given, const AuthorityDirectory& directory);

}  // namespace lens::measures
