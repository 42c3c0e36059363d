// random.hpp — the synthetic generator's randomness: a fixed, portable pseudo-random generator
// and the few distributions the generator needs, written out here.
//
// Contract: the same seed gives the same sequence on every platform, compiler and standard
// library (std::uniform_*_distribution and friends are not specified bit-for-bit, so they are
// not used). The generator is xoshiro256** (Blackman and Vigna), seeded through SplitMix64.
// Independent streams come from derive_seed(seed, label): the same (seed, label) always gives
// the same stream, different labels give unrelated ones, so an authority's data does not
// depend on which other authorities are generated or in what order. Not thread-safe: one
// Random per thread of work. Never suitable for cryptography.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lens::synth {

// One step of SplitMix64: advances `state` and returns the next output.
std::uint64_t splitmix64(std::uint64_t& state);

// A seed for the stream named `label` under `seed` (FNV-1a of the label, mixed with SplitMix64).
std::uint64_t derive_seed(std::uint64_t seed, std::string_view label);

class Random {
 public:
  explicit Random(std::uint64_t seed);

  std::uint64_t next();
  // Uniform in [0, 1), 53 random bits.
  double uniform();
  // Uniform integer in [0, n); n > 0. Unbiased (rejection sampling).
  std::uint64_t below(std::uint64_t n);
  // Uniform integer in [lo, hi], both inclusive; lo <= hi.
  int between(int lo, int hi);
  // True with probability p (p <= 0 never, p >= 1 always).
  bool chance(double p);

 private:
  std::uint64_t s_[4];
};

// Draws an index with probability proportional to its weight. Weights must be >= 0 with a
// positive sum.
class Weighted {
 public:
  Weighted() = default;
  explicit Weighted(const std::vector<double>& weights);
  std::size_t operator()(Random& random) const;
  std::size_t size() const { return cumulative_.size(); }

 private:
  std::vector<double> cumulative_;
};

// A code drawn with fixed weights (shares in %, or any scale), for the generator's code tables.
class CodeTable {
 public:
  CodeTable(std::initializer_list<std::pair<const char*, double>> rows);
  const std::string& operator()(Random& random) const { return codes_[weights_(random)]; }

 private:
  std::vector<std::string> codes_;
  Weighted weights_;
};

// A distribution made of uniform pieces: each piece [low, high) is chosen with probability
// proportional to its weight, then a value is uniform inside it. Durations use it, so their
// shape can be read off the table that defines them. scaled(k) stretches every piece by k.
class Piecewise {
 public:
  struct Piece {
    double low;
    double high;
    double weight;
  };
  Piecewise() = default;
  explicit Piecewise(std::vector<Piece> pieces);
  double operator()(Random& random) const;
  double mean() const;
  // Probability that a draw is below x.
  double below(double x) const;
  Piecewise scaled(double factor) const;

 private:
  std::vector<Piece> pieces_;
  Weighted choose_;
};

}  // namespace lens::synth
