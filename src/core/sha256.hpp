// sha256.hpp — SHA-256 of bytes, as lower-case hex (libsodium). Used to recognise a file that
// has been imported before, whatever its name.
#pragma once

#include <string>
#include <string_view>

namespace lens {

std::string sha256_hex(std::string_view bytes);

}  // namespace lens
