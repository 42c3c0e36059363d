#include "measures/tally.hpp"

#include "measures/snapshot.hpp"

namespace lens::measures {

Tally::Tally(const Snapshot& snapshot, std::vector<Dim> dims) : s_(&snapshot), dims_(std::move(dims)) {
  for (Dim d : dims_) rows_.emplace_back(categories(d).size());
}

std::uint8_t Tally::category(Dim d, const Item& item) const {
  switch (d) {
    case Dim::AgeBand: return s_->age_band(item.child, item.at);
    case Dim::Gender: return s_->children().gender[item.child];
    case Dim::EthnicGroup: return s_->children().ethnic_group[item.child];
    case Dim::SourceGroup: return source_group_of(item.code);
    case Dim::LegalStatus: return s_->lac_episodes().legal_status[item.lac_episode];
    case Dim::PlacementType: return s_->lac_episodes().placement[item.lac_episode];
    case Dim::Uasc: return s_->uasc(item.child, item.at) ? kUasc : kNotUasc;
    default: return item.code;
  }
}

void Tally::add_cell(const Item& item, std::int64_t numerator) {
  total_.numerator += numerator;
  total_.denominator += 1;
  if (keep_members_) members_.push_back({item.child, numerator});
  for (std::size_t i = 0; i < dims_.size(); ++i) {
    auto& rows = rows_[i];
    if (dims_[i] == Dim::Factor) {
      // An item counts once under each of its factors (a factor listed twice counts once).
      for (std::size_t k = 0; k < item.codes.size(); ++k) {
        bool repeated = false;
        for (std::size_t j = 0; j < k; ++j) repeated |= item.codes[j] == item.codes[k];
        if (repeated) continue;
        rows[item.codes[k]].numerator += numerator;
        rows[item.codes[k]].denominator += 1;
      }
      continue;
    }
    Cell& cell = rows[category(dims_[i], item)];
    cell.numerator += numerator;
    cell.denominator += 1;
  }
}

void Tally::merge(const Tally& other) {
  total_.numerator += other.total_.numerator;
  total_.denominator += other.total_.denominator;
  for (std::size_t i = 0; i < rows_.size(); ++i)
    for (std::size_t k = 0; k < rows_[i].size(); ++k) {
      rows_[i][k].numerator += other.rows_[i][k].numerator;
      rows_[i][k].denominator += other.rows_[i][k].denominator;
    }
  amounts_.insert(amounts_.end(), other.amounts_.begin(), other.amounts_.end());
  members_.insert(members_.end(), other.members_.begin(), other.members_.end());
}

}  // namespace lens::measures
