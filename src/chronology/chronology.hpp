// chronology.hpp — a child's single chronology: every event of every record of the child,
// merged and ordered newest first, so a practitioner reads the story in one place.
//
// Events come from the CIN census records today (referrals, assessments, Section 47 enquiries,
// initial conferences, CIN and CP plans, CP reviews, closures); partner agencies' records join
// when Lens holds them, each event naming the agency that recorded it. Events on the same day
// are ordered by how a case moves (a referral before its assessment, a plan's start before
// its review), newest-first flipping that order too. Pure function, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "model/child_journey.hpp"

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
  int episode = 0;     // 1-based CIN episode it belongs to
};

std::vector<Event> build_chronology(const Child& child);

}  // namespace lens::chronology
