// chronology.hpp — a child's single chronology: every event of every record of the child,
// merged and ordered newest first, so a practitioner reads the story in one place.
//
// Events come from the CIN census records (referrals, assessments, Section 47 enquiries,
// initial conferences, CIN and CP plans, CP reviews, closures) and, when the child has been
// looked after, from the SSDA903 records joined to them on LA and LA child id (periods of care
// and the placement and legal status changes within them, looked-after reviews, missing
// episodes, UASC status, adoption decisions and adoptions, health outcomes, care leaver
// contact, social worker changes); partner agencies' records join when Lens holds them, each
// event naming the agency that recorded it. Events on the same day are ordered by how a case
// moves (a referral before its assessment, a plan's start before its review, a closed episode
// before the next referral), newest-first flipping that order too. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "model/child_journey.hpp"
#include "model/looked_after.hpp"

namespace lens::chronology {

struct EventType {
  std::string code;   // stable, used in filters and the API: "referral", "cp_review", ...
  std::string label;  // for people: "Referral", "Child protection review", ...
};
// Every event type, in case order (referral first, closure last).
const std::vector<EventType>& event_types();
const std::string& event_label(const std::string& code);

struct Event {
  Date date;
  std::string type;    // EventType::code
  std::string title;   // one line for people
  std::string detail;  // codes and facts, may be empty
  std::string agency;  // who recorded it
  int episode = 0;     // 1-based CIN episode it belongs to; 0 for looked-after events
  // 1-based period of care a looked-after event belongs to (the latest period started on or
  // before its date, short breaks counted like any period); 0 for CIN events.
  int period_of_care = 0;
};

// The chronology of a child's CIN records and, when given, their looked-after records (the
// same child: `child` may have no episodes when the child is known only from the 903).
// Events of the 903's yearly records are dated as the return dates them: OC2 health outcomes
// and UASC status without an end on 31 March of their year, an OC3 care leaver's contact on
// their birthday in that year, an adoption on the day the period of care ended with an
// adoption order (31 March of the AD1 year when no episode says so).
std::vector<Event> build_chronology(const Child& child,
                                    const LookedAfterChild* looked_after = nullptr);

}  // namespace lens::chronology
