#include "synth/random.hpp"

#include <algorithm>
#include <stdexcept>

namespace lens::synth {
namespace {
std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
}  // namespace

std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t derive_seed(std::uint64_t seed, std::string_view label) {
  std::uint64_t hash = 0xCBF29CE484222325ULL;  // FNV-1a offset basis
  for (unsigned char c : label) {
    hash ^= c;
    hash *= 0x100000001B3ULL;
  }
  std::uint64_t state = seed ^ hash;
  splitmix64(state);
  return splitmix64(state);
}

Random::Random(std::uint64_t seed) {
  std::uint64_t state = seed;
  for (auto& word : s_) word = splitmix64(state);
}

std::uint64_t Random::next() {
  const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
  const std::uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

double Random::uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

std::uint64_t Random::below(std::uint64_t n) {
  // Reject the top partial block of 2^64 so every residue is equally likely.
  const std::uint64_t threshold = (0 - n) % n;
  for (;;) {
    std::uint64_t r = next();
    if (r >= threshold) return r % n;
  }
}

int Random::between(int lo, int hi) {
  return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
}

bool Random::chance(double p) {
  if (p <= 0) return false;
  if (p >= 1) return true;
  return uniform() < p;
}

Weighted::Weighted(const std::vector<double>& weights) {
  double sum = 0;
  cumulative_.reserve(weights.size());
  for (double w : weights) {
    if (w < 0) throw std::invalid_argument("Weighted: negative weight");
    sum += w;
    cumulative_.push_back(sum);
  }
  if (sum <= 0) throw std::invalid_argument("Weighted: weights sum to zero");
}

std::size_t Weighted::operator()(Random& random) const {
  double x = random.uniform() * cumulative_.back();
  auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), x);
  auto i = static_cast<std::size_t>(it - cumulative_.begin());
  // Skip zero-weight entries that share the cumulative value (x can equal a boundary).
  return std::min(i, cumulative_.size() - 1);
}

CodeTable::CodeTable(std::initializer_list<std::pair<const char*, double>> rows) {
  std::vector<double> weights;
  for (const auto& [code, weight] : rows) {
    codes_.emplace_back(code);
    weights.push_back(weight);
  }
  weights_ = Weighted(weights);
}

Piecewise::Piecewise(std::vector<Piece> pieces) : pieces_(std::move(pieces)) {
  std::vector<double> weights;
  for (const auto& p : pieces_) {
    if (!(p.high >= p.low)) throw std::invalid_argument("Piecewise: piece with high < low");
    weights.push_back(p.weight);
  }
  choose_ = Weighted(weights);
}

double Piecewise::operator()(Random& random) const {
  const Piece& p = pieces_[choose_(random)];
  return p.low + (p.high - p.low) * random.uniform();
}

double Piecewise::mean() const {
  double sum = 0, weights = 0;
  for (const auto& p : pieces_) {
    sum += p.weight * (p.low + p.high) / 2;
    weights += p.weight;
  }
  return sum / weights;
}

double Piecewise::below(double x) const {
  double hit = 0, weights = 0;
  for (const auto& p : pieces_) {
    weights += p.weight;
    if (x >= p.high) hit += p.weight;
    else if (x > p.low) hit += p.weight * (x - p.low) / (p.high - p.low);
  }
  return hit / weights;
}

Piecewise Piecewise::scaled(double factor) const {
  std::vector<Piece> pieces = pieces_;
  for (auto& p : pieces) {
    p.low *= factor;
    p.high *= factor;
  }
  return Piecewise(std::move(pieces));
}

}  // namespace lens::synth
