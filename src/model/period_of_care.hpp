// period_of_care.hpp — how a child's SSDA903 episodes make periods of care: the one reading the
// chronology (its care_start/care_end events and period numbers) and the looked-after review
// timescale share, so that a deadline's period number is the chronology's.
//
// A period of care is the child's episodes, in start order (as merge_years and the store give
// them), joined end to start on the same day: a change of placement or legal status continues
// it, a day out of care ends it. An episode with no end, or one ending after the next starts
// (which the 903 should not have), runs on into the next. Short breaks (legal status V3, V4)
// are care of another kind, reviewed differently (Care Planning, Placement and Case Review
// (England) Regulations 2010, regulation 48): callers that leave them out test short_break.
// measures/snapshot.cpp works out the same periods for its columns (short breaks left out).
// Thread-safe: pure functions of values.
#pragma once

#include "model/looked_after.hpp"

namespace lens {

// Whether the episode is a short break (legal status V3 or V4).
inline bool short_break(const LacEpisode& e) {
  return e.legal_status == "V3" || e.legal_status == "V4";
}

// Whether `next`, the episode after `prev` in start order, continues the period of care of
// `prev`: `prev` has no end, or ends on or after the day `next` starts.
inline bool continues_care(const LacEpisode& prev, const LacEpisode& next) {
  return !prev.end || *prev.end >= next.start;
}

}  // namespace lens
