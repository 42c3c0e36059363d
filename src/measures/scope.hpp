// scope.hpp — what one computation of a measure looks at: a snapshot, a period, and the
// authorities in the area. Indicators read rows through it.
//
// The row sets it hands out are ordered by authority, then by the table's own date (see
// snapshot.hpp), and each is found by binary search, so the cost of a measure is the rows it
// counts, not the size of the snapshot. "In period" and "at end" follow spec/indicators.md:
// both period dates are inclusive; open at end = started on or before the end and ended
// after it or not at all. A Scope is cheap, read-only, and safe to use from several threads.
#pragma once

#include <cstdint>
#include <vector>

#include "measures/period.hpp"
#include "measures/snapshot.hpp"

namespace lens::measures {

// Rows of one table: a list of segments, each a run of row numbers or a run of an index.
class RowSet {
 public:
  struct Segment {
    const std::uint32_t* index;  // nullptr: rows begin..end-1 themselves
    std::uint32_t begin, end;
  };
  class iterator {
   public:
    iterator(const Segment* seg, const Segment* last, std::uint32_t pos) : seg_(seg), last_(last), pos_(pos) { settle(); }
    std::uint32_t operator*() const { return seg_->index ? seg_->index[pos_] : pos_; }
    iterator& operator++() {
      ++pos_;
      settle();
      return *this;
    }
    bool operator!=(const iterator& o) const { return seg_ != o.seg_ || pos_ != o.pos_; }

   private:
    void settle() {
      while (seg_ != last_ && pos_ >= seg_->end) {
        ++seg_;
        pos_ = seg_ != last_ ? seg_->begin : 0;
      }
    }
    const Segment* seg_;
    const Segment* last_;
    std::uint32_t pos_;
  };
  void add(Segment s) {
    if (s.end > s.begin) segments_.push_back(s);
  }
  iterator begin() const {
    const Segment* b = segments_.data();
    const Segment* e = b + segments_.size();
    return iterator(b, e, b != e ? b->begin : 0);
  }
  iterator end() const {
    const Segment* e = segments_.data() + segments_.size();
    return iterator(e, e, 0);
  }
  std::size_t size() const;
  // Visits the rows last to first (latest date first within an authority).
  template <class Visit>
  void for_each_reverse(Visit visit) const {
    for (auto seg = segments_.rbegin(); seg != segments_.rend(); ++seg)
      for (std::uint32_t i = seg->end; i-- > seg->begin;) visit(seg->index ? seg->index[i] : i);
  }

 private:
  std::vector<Segment> segments_;
};

// Remembers which children have been counted, for measures that count distinct children.
class ChildSet {
 public:
  explicit ChildSet(std::size_t children) : bits_((children + 63) / 64, 0) {}
  // True the first time a child is inserted.
  bool insert(std::uint32_t child) {
    std::uint64_t& word = bits_[child >> 6];
    const std::uint64_t bit = std::uint64_t{1} << (child & 63);
    const bool added = (word & bit) == 0;
    word |= bit;
    return added;
  }

 private:
  std::vector<std::uint64_t> bits_;
};

class Scope {
 public:
  Scope(const Snapshot& snapshot, const Period& period, std::vector<std::uint16_t> authorities);

  const Snapshot& snapshot() const { return s_; }
  const Period& period() const { return period_; }
  std::int32_t start() const { return start_; }  // first day of the period, as a day number
  std::int32_t end() const { return end_; }      // last day, inclusive
  bool in_period(std::int32_t day) const { return start_ <= day && day <= end_; }
  // Open on the last day: started on or before it and ended after it (kNever: not ended).
  bool open_at_end(std::int32_t started, std::int32_t ended) const { return started <= end_ && ended > end_; }
  const std::vector<std::uint16_t>& authorities() const { return authorities_; }
  ChildSet child_set() const { return ChildSet(s_.children().size()); }

  RowSet referrals_in_period() const;        // episodes, CINreferralDate in period
  RowSet episodes_referred_by_end() const;   // episodes, CINreferralDate <= end
  RowSet episodes_closed_in_period() const;  // episodes, CINclosureDate in period
  RowSet assessments_authorised_in_period() const;
  RowSet section47s_started_in_period() const;
  RowSet conferences_in_period() const;
  RowSet plans_started_in_period() const;
  RowSet plans_started_by_end() const;  // CPPstartDate <= end
  RowSet plans_ended_in_period() const;
  // Rows not closed/ended by the end (closure or end date after it, or none): with a start on
  // or before the end, these are the ones open at the end. Found through the closure and end
  // indexes, so they cost what is open, not the whole history.
  RowSet episodes_not_closed_by_end() const;
  RowSet plans_not_ended_by_end() const;

  // Looked-after (SSDA903) rows. Episodes through their start and end indexes (so in date
  // order within an authority); missing episodes by MIS_START; OC2/OC3 rows of one collection
  // year (2017 = 2016-17).
  RowSet lac_episodes_started_in_period() const;
  RowSet lac_episodes_ended_in_period() const;
  RowSet lac_episodes_not_ended_by_end() const;  // with a start on or before the end: open at end
  RowSet lac_missing_started_in_period() const;
  RowSet lac_health_of_year(int year) const;
  RowSet lac_leavers_of_year(int year) const;

 private:
  RowSet sorted(RowRange Authority::*table, const std::vector<std::int32_t>& date, std::int32_t from,
                std::int32_t to) const;
  RowSet indexed(RowRange Authority::*table, const std::vector<std::uint32_t>& index,
                 const std::vector<std::int32_t>& date, std::int32_t from, std::int32_t to) const;
  const Snapshot& s_;
  Period period_;
  std::int32_t start_, end_;
  std::vector<std::uint16_t> authorities_;
};

}  // namespace lens::measures
