// password.hpp — passwords and secrets: argon2id hashing and random tokens (libsodium).
//
// hash_password uses argon2id with libsodium's "interactive" limits (64 MiB, 2 passes): about a
// tenth of a second per sign-in here, and the string it returns carries its own parameters and
// salt, so limits can be raised later without breaking stored hashes. verify_password compares
// in constant time. Tokens come from the operating system's random source. Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lens::server {

std::string hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);

// `bytes` random bytes as lower-case hex (32 bytes = a 256-bit token, 64 characters).
std::string random_token_hex(std::size_t bytes = 32);
// A one-off password people can type: 20 characters from an alphabet without look-alikes
// (about 100 bits).
std::string random_password();
// Why a new password is not acceptable, in plain words; empty when it is.
std::string password_problem(std::string_view password);
// Constant-time equality of two secrets (tokens), so a comparison leaks no prefix length.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace lens::server
