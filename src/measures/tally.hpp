// tally.hpp — where an indicator counts, and the figures that come out.
//
// An indicator's computation walks the rows it is about and hands each one to the Tally as an
// Item: the child, the date that matters for age (the event date, or the period end for "at
// end" counts), and the row's own code for the indicator's own dimension (category, source,
// primary need, reason) or list of codes (factors). The Tally adds it to the headline figure
// and to the category of every breakdown that was asked for, so a breakdown always adds up to
// the headline. Two kinds of item:
//   add(item, hit)          one item of the denominator; hit says whether it is in the numerator
//                           (count indicators: always true)
//   add_amount(item, n)     one item whose measure is n (a mean: numerator = sum, denominator =
//                           items; the amounts are kept for the median)
// Asked to (keep_members), the tally also keeps every item's child and its part of the numerator
// (1 or 0 for a hit or not, or the amount), so a page can list the children behind a figure;
// not asked, that costs one untaken branch per item.
// Not thread-safe: one Tally per computation.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "measures/dimension.hpp"

namespace lens::measures {

class Snapshot;

struct Item {
  std::uint32_t child = 0;
  std::int32_t at = 0;          // day for the age band
  std::uint8_t code = 0;        // position in the indicator's own dimension
  std::span<const std::uint8_t> codes = {};  // for Dim::Factor: every factor of the item
  std::uint32_t lac_episode = 0;  // for Dim::LegalStatus, Dim::PlacementType: the looked-after episode row
};

// One item of the denominator as a member of the figure: its child (snapshot row) and what it
// added to the numerator.
struct Member {
  std::uint32_t child = 0;
  std::int64_t numerator = 0;
};

struct Cell {
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;
  bool operator==(const Cell&) const = default;
};

class Tally {
 public:
  Tally(const Snapshot& snapshot, std::vector<Dim> dims);

  void add(const Item& item, bool hit = true) { add_cell(item, hit ? 1 : 0); }
  void add_amount(const Item& item, std::int64_t amount) {
    amounts_.push_back(amount);
    add_cell(item, amount);
  }

  void keep_members() { keep_members_ = true; }
  // Every item added since keep_members(), in the order added (merge appends the other's).
  const std::vector<Member>& members() const { return members_; }

  const Cell& total() const { return total_; }
  const std::vector<Dim>& dims() const { return dims_; }
  const std::vector<Cell>& rows(std::size_t dim_index) const { return rows_[dim_index]; }
  std::vector<std::int64_t>& amounts() { return amounts_; }
  // Adds another tally of the same indicator and dimensions (parallel computation).
  void merge(const Tally& other);

 private:
  void add_cell(const Item& item, std::int64_t numerator);
  std::uint8_t category(Dim d, const Item& item) const;
  const Snapshot* s_;
  std::vector<Dim> dims_;
  Cell total_;
  std::vector<std::vector<Cell>> rows_;
  std::vector<std::int64_t> amounts_;
  bool keep_members_ = false;
  std::vector<Member> members_;
};

}  // namespace lens::measures
