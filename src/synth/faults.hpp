// faults.hpp — deliberate data-quality faults in generated censuses, for testing validation.
//
// Off unless asked for. A FaultSpec says how many faults of each kind to put in every census
// file: `missing-date=2,date-order=1,invalid-code=3,duplicate-child=1`.
//   missing-date     a date the record needs is left out: a born child's PersonBirthDate, a
//                    closed episode's CINclosureDate (reason kept), the authorisation date of an
//                    assessment in a closed episode, or a Section 47's DateOfInitialCPC
//                    (conference required) in a closed episode
//   date-order       two dates in the wrong order: closure before referral, assessment start
//                    before referral, CP plan end before its start, conference before the
//                    Section 47 started
//   invalid-code     a code not in its code list (ethnicity, gender, disability, referral
//                    source, primary need, closure reason, category of abuse, assessment factor)
//   duplicate-child  a child's record appears twice (the same LA child id), the copy right
//                    after the original
// Each fault is on a different child, and inject_faults returns exactly what it did, one
// InjectedFault per fault, so a test or a trainer knows the right answers. If a census has
// too few children to take them all, it injects what it can (the returned list says so).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/child_journey.hpp"
#include "synth/random.hpp"

namespace lens::synth {

enum class FaultKind { MissingDate, DateOrder, InvalidCode, DuplicateChild };

const std::vector<FaultKind>& fault_kinds();
std::string fault_name(FaultKind kind);  // "missing-date", ...

struct FaultSpec {
  std::map<FaultKind, int> per_census;
  bool empty() const;
  // Parses "kind=n,kind=n". Throws std::invalid_argument with a message naming the bad part.
  static FaultSpec parse(const std::string& text);
  std::string text() const;
};

struct InjectedFault {
  FaultKind kind;
  std::string child;   // LA child id
  std::string field;   // the census element at fault
  std::string detail;  // what was done, in words
};

std::vector<InjectedFault> inject_faults(Census& census, const FaultSpec& spec, Random& random);

}  // namespace lens::synth
