#include "server/password.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace lens::server {
namespace {
void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium could not be initialised");
}
}  // namespace

std::string hash_password(std::string_view password) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("not enough memory to hash a password");
  return out;
}

bool verify_password(const std::string& hash, std::string_view password) {
  ensure_sodium();
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token_hex(std::size_t bytes) {
  ensure_sodium();
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
  hex.pop_back();
  return hex;
}

std::string random_password() {
  ensure_sodium();
  // 32 symbols (no 0/O, 1/l/I): 5 bits each, 20 characters = 100 bits.
  static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789AB";
  std::string out;
  for (int i = 0; i < 20; ++i) out += kAlphabet[randombytes_uniform(32)];
  return out;
}

std::string password_problem(std::string_view password) {
  if (password.size() < 12) return "Enter a password of at least 12 characters";
  if (password.size() > 256) return "Enter a password of at most 256 characters";
  return "";
}

bool same_secret(std::string_view a, std::string_view b) {
  ensure_sodium();
  if (a.size() != b.size() || a.empty()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace lens::server
