// person.hpp — the names and addresses of generated children, which the CIN census does not
// carry but screens, chronologies and exports show.
//
// A Person is keyed like a Child (authority + LA child id) and kept beside the census, not in
// model/child_journey.hpp. Names follow the child's ethnicity broadly (a list per group of
// common first names and surnames; siblings share a surname and address); addresses are a
// house number, a street name and a postcode in one of the authority's districts ("IG11 7QJ":
// the inward code is a digit and two of the letters Royal Mail uses there). Everything is
// made up: a name and a postcode may happen to exist, but nothing comes from a real person.
#pragma once

#include <string>
#include <vector>

#include "synth/random.hpp"

namespace lens::synth {

struct Person {
  std::string la;
  std::string la_child_id;
  std::string given_name;
  std::string family_name;
  std::string address;   // "14 Oakfield Road"
  std::string postcode;  // "IG11 7QJ"
};

// What siblings share.
struct Household {
  std::string family_name;
  std::string address;
  std::string postcode;
};

// A household for a family of the given ethnicity (a CIN census code) in one of `districts`.
Household make_household(const std::string& ethnicity, const std::vector<std::string>& districts,
                         Random& random);
// A first name for a child of that ethnicity and gender ("1" male, "2" female, else either).
std::string make_given_name(const std::string& ethnicity, const std::string& gender,
                            Random& random);
// "IG11" -> "IG11 7QJ".
std::string make_postcode(const std::string& district, Random& random);

}  // namespace lens::synth
