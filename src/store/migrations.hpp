// migrations.hpp — the versioned schema of the store, shared by every backend.
//
// A migration is applied once, in order, in one transaction with the bump of the schema
// version. Released migrations are never edited: a change to the schema is a new migration
// appended to the list. Each migration carries its SQL for each dialect; the tables and columns
// are the same in both so that the store tests run unchanged against either.
//
// Keys are natural, not surrogate: a child is (la, child_id); an episode adds its position in
// the child's record (episode_seq); an assessment adds its position in the episode, and so on.
// So every table can be read in key order and merged into children in one pass, and an
// authority's records can be replaced with one ranged delete per table.
#pragma once

#include <vector>

namespace lens {

struct Migration {
  int version;
  const char* name;
  const char* sqlite;
  const char* postgres;
};

const std::vector<Migration>& migrations();

}  // namespace lens
