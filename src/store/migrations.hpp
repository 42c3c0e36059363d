// migrations.hpp — the versioned schema of the store, shared by every backend.
//
// A migration is applied once, in order, in one transaction with the bump of the schema
// version. Released migrations are never edited: a change to the schema is a new migration
// appended to the list. One SQL text serves SQLite and PostgreSQL: it uses the types both
// accept (TEXT, INTEGER, BIGINT, DATE — SQLite keeps dates as YYYY-MM-DD text) and two
// placeholders for what differs: {{ID}} for a generated integer primary key, and
// {{CLUSTERED}} after a table's closing parenthesis (SQLite's WITHOUT ROWID, so a table is
// stored in key order).
//
// Keys are natural, not surrogate: a child is (la, child_id); an episode adds its position in
// the child's record (episode_seq); an assessment adds its position in the episode, and so on.
// So every table can be read in key order and merged into children in one pass, and an
// authority's records can be replaced with one ranged delete per table.
#pragma once

#include <string>
#include <vector>

namespace lens {

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

const std::vector<Migration>& migrations();

// The migration's SQL in one dialect.
std::string sql_for(const Migration& m, bool postgres);

}  // namespace lens
