#include "store/migrations.hpp"

namespace lens {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
      {1, "CIN census records and import history",
       R"sql(
CREATE TABLE census_import (
  id INTEGER PRIMARY KEY,
  imported_at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  la TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  reference_date TEXT,
  children INTEGER NOT NULL,
  episodes INTEGER NOT NULL,
  imported_by TEXT NOT NULL,
  outcome TEXT NOT NULL
);
CREATE INDEX census_import_la ON census_import (la, id);

CREATE TABLE census (
  la TEXT PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES census_import (id),
  collection_year INTEGER NOT NULL,
  reference_date TEXT,
  software_code TEXT NOT NULL,
  release TEXT NOT NULL,
  serial_no TEXT NOT NULL,
  date_time TEXT NOT NULL
);

CREATE TABLE child (
  la TEXT NOT NULL REFERENCES census (la),
  child_id TEXT NOT NULL,
  upn TEXT NOT NULL,
  former_upn TEXT NOT NULL,
  upn_unknown TEXT NOT NULL,
  birth_date TEXT,
  expected_birth_date TEXT,
  gender TEXT NOT NULL,
  death_date TEXT,
  ethnicity TEXT NOT NULL,
  PRIMARY KEY (la, child_id)
) WITHOUT ROWID;
CREATE INDEX child_upn ON child (upn);

CREATE TABLE child_disability (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (la, child_id, seq),
  FOREIGN KEY (la, child_id) REFERENCES child (la, child_id)
) WITHOUT ROWID;

CREATE TABLE cin_episode (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  episode_seq INTEGER NOT NULL,
  referral_date TEXT NOT NULL,
  referral_source TEXT NOT NULL,
  primary_need TEXT NOT NULL,
  closure_date TEXT,
  closure_reason TEXT NOT NULL,
  icpc_date TEXT,
  referral_nfa INTEGER NOT NULL,
  PRIMARY KEY (la, child_id, episode_seq),
  FOREIGN KEY (la, child_id) REFERENCES child (la, child_id)
) WITHOUT ROWID;

CREATE TABLE assessment (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  episode_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  internal_review_date TEXT,
  authorisation_date TEXT,
  PRIMARY KEY (la, child_id, episode_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq) REFERENCES cin_episode (la, child_id, episode_seq)
) WITHOUT ROWID;

CREATE TABLE assessment_factor (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  episode_seq INTEGER NOT NULL,
  assessment_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (la, child_id, episode_seq, assessment_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq, assessment_seq)
    REFERENCES assessment (la, child_id, episode_seq, seq)
) WITHOUT ROWID;

CREATE TABLE cin_plan (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  episode_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  PRIMARY KEY (la, child_id, episode_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq) REFERENCES cin_episode (la, child_id, episode_seq)
) WITHOUT ROWID;

CREATE TABLE section47 (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  episode_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  icpc_target_date TEXT,
  icpc_date TEXT,
  icpc_not_required INTEGER NOT NULL,
  PRIMARY KEY (la, child_id, episode_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq) REFERENCES cin_episode (la, child_id, episode_seq)
) WITHOUT ROWID;

CREATE TABLE cp_plan (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  episode_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  initial_category TEXT NOT NULL,
  latest_category TEXT NOT NULL,
  previous_plans INTEGER NOT NULL,
  PRIMARY KEY (la, child_id, episode_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq) REFERENCES cin_episode (la, child_id, episode_seq)
) WITHOUT ROWID;

CREATE TABLE cp_review (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  episode_seq INTEGER NOT NULL,
  plan_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  review_date TEXT NOT NULL,
  PRIMARY KEY (la, child_id, episode_seq, plan_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq, plan_seq)
    REFERENCES cp_plan (la, child_id, episode_seq, seq)
) WITHOUT ROWID;
)sql",
       R"sql(
CREATE TABLE census_import (
  id BIGSERIAL PRIMARY KEY,
  imported_at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  la TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  reference_date DATE,
  children BIGINT NOT NULL,
  episodes BIGINT NOT NULL,
  imported_by TEXT NOT NULL,
  outcome TEXT NOT NULL
);
CREATE INDEX census_import_la ON census_import (la, id);

CREATE TABLE census (
  la TEXT COLLATE "C" PRIMARY KEY,
  import_id BIGINT NOT NULL REFERENCES census_import (id),
  collection_year INTEGER NOT NULL,
  reference_date DATE,
  software_code TEXT NOT NULL,
  release TEXT NOT NULL,
  serial_no TEXT NOT NULL,
  date_time TEXT NOT NULL
);

CREATE TABLE child (
  la TEXT COLLATE "C" NOT NULL REFERENCES census (la),
  child_id TEXT COLLATE "C" NOT NULL,
  upn TEXT NOT NULL,
  former_upn TEXT NOT NULL,
  upn_unknown TEXT NOT NULL,
  birth_date DATE,
  expected_birth_date DATE,
  gender TEXT NOT NULL,
  death_date DATE,
  ethnicity TEXT NOT NULL,
  PRIMARY KEY (la, child_id)
);
CREATE INDEX child_upn ON child (upn);

CREATE TABLE child_disability (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (la, child_id, seq),
  FOREIGN KEY (la, child_id) REFERENCES child (la, child_id)
);

CREATE TABLE cin_episode (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  episode_seq INTEGER NOT NULL,
  referral_date DATE NOT NULL,
  referral_source TEXT NOT NULL,
  primary_need TEXT NOT NULL,
  closure_date DATE,
  closure_reason TEXT NOT NULL,
  icpc_date DATE,
  referral_nfa INTEGER NOT NULL,
  PRIMARY KEY (la, child_id, episode_seq),
  FOREIGN KEY (la, child_id) REFERENCES child (la, child_id)
);

CREATE TABLE assessment (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  episode_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start_date DATE NOT NULL,
  internal_review_date DATE,
  authorisation_date DATE,
  PRIMARY KEY (la, child_id, episode_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq) REFERENCES cin_episode (la, child_id, episode_seq)
);

CREATE TABLE assessment_factor (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  episode_seq INTEGER NOT NULL,
  assessment_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (la, child_id, episode_seq, assessment_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq, assessment_seq)
    REFERENCES assessment (la, child_id, episode_seq, seq)
);

CREATE TABLE cin_plan (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  episode_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE,
  PRIMARY KEY (la, child_id, episode_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq) REFERENCES cin_episode (la, child_id, episode_seq)
);

CREATE TABLE section47 (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  episode_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start_date DATE NOT NULL,
  icpc_target_date DATE,
  icpc_date DATE,
  icpc_not_required INTEGER NOT NULL,
  PRIMARY KEY (la, child_id, episode_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq) REFERENCES cin_episode (la, child_id, episode_seq)
);

CREATE TABLE cp_plan (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  episode_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE,
  initial_category TEXT NOT NULL,
  latest_category TEXT NOT NULL,
  previous_plans INTEGER NOT NULL,
  PRIMARY KEY (la, child_id, episode_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq) REFERENCES cin_episode (la, child_id, episode_seq)
);

CREATE TABLE cp_review (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  episode_seq INTEGER NOT NULL,
  plan_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  review_date DATE NOT NULL,
  PRIMARY KEY (la, child_id, episode_seq, plan_seq, seq),
  FOREIGN KEY (la, child_id, episode_seq, plan_seq)
    REFERENCES cp_plan (la, child_id, episode_seq, seq)
);
)sql"},
      // Migration 2 (accounts and the audit log) is on the `web` branch; this is numbered 3
      // so that the two merge without renumbering.
      {3, "SSDA903 returns: children looked after, one collection year at a time",
       R"sql(
-- SSDA903 returns (children looked after). A return carries one collection year, so each
-- (la, collection_year) is kept as it came; reads merge a child's years.
CREATE TABLE ssda903_import (
  id INTEGER PRIMARY KEY,
  imported_at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  la TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  children INTEGER NOT NULL,
  episodes INTEGER NOT NULL,
  imported_by TEXT NOT NULL,
  outcome TEXT NOT NULL
);
CREATE INDEX ssda903_import_la ON ssda903_import (la, collection_year, id);

CREATE TABLE ssda903_return (
  la TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  import_id INTEGER NOT NULL REFERENCES ssda903_import (id),
  PRIMARY KEY (la, collection_year)
);

CREATE TABLE lac_child (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  upn TEXT NOT NULL,
  sex TEXT NOT NULL,
  birth_date TEXT,
  ethnicity TEXT NOT NULL,
  mother TEXT NOT NULL,
  mother_child_birth_date TEXT,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, collection_year) REFERENCES ssda903_return (la, collection_year)
) WITHOUT ROWID;
CREATE INDEX lac_child_year ON lac_child (la, collection_year);

CREATE TABLE lac_episode (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  reason_new TEXT NOT NULL,
  legal_status TEXT NOT NULL,
  category_of_need TEXT NOT NULL,
  placement TEXT NOT NULL,
  provider TEXT NOT NULL,
  end_date TEXT,
  reason_ceased TEXT NOT NULL,
  reason_place_change TEXT NOT NULL,
  home_postcode TEXT NOT NULL,
  placement_postcode TEXT NOT NULL,
  urn TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year, seq),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
) WITHOUT ROWID;

CREATE TABLE lac_review (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  review_date TEXT NOT NULL,
  participation TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year, seq),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
) WITHOUT ROWID;

CREATE TABLE lac_missing (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  PRIMARY KEY (la, child_id, collection_year, seq),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
) WITHOUT ROWID;

CREATE TABLE lac_uasc (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  ceased_date TEXT,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
) WITHOUT ROWID;

CREATE TABLE lac_health (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  sdq_score INTEGER,
  sdq_reason TEXT NOT NULL,
  convicted INTEGER,
  health_check INTEGER,
  immunisations INTEGER,
  teeth_check INTEGER,
  health_assessment INTEGER,
  substance_misuse INTEGER,
  intervention_received INTEGER,
  intervention_offered INTEGER,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
) WITHOUT ROWID;

CREATE TABLE lac_care_leaver (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  in_touch TEXT NOT NULL,
  activity TEXT NOT NULL,
  accommodation TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
) WITHOUT ROWID;

CREATE TABLE lac_adoption (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  should_be_placed_date TEXT,
  matched_date TEXT,
  foster_carer INTEGER,
  adopters INTEGER,
  adopter_sex TEXT NOT NULL,
  adopter_legal_status TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
) WITHOUT ROWID;

CREATE TABLE lac_placed_adoption (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  decided_date TEXT NOT NULL,
  reversed_date TEXT,
  reason TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year, seq),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
) WITHOUT ROWID;

CREATE TABLE lac_previous_permanence (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  prev_perm TEXT NOT NULL,
  perm_la TEXT NOT NULL,
  perm_date TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
) WITHOUT ROWID;

CREATE TABLE lac_social_worker (
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  worker TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  reason TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year, seq),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
) WITHOUT ROWID;
)sql",
       R"sql(
-- SSDA903 returns (children looked after). A return carries one collection year, so each
-- (la, collection_year) is kept as it came; reads merge a child's years.
CREATE TABLE ssda903_import (
  id BIGSERIAL PRIMARY KEY,
  imported_at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  la TEXT NOT NULL,
  collection_year INTEGER NOT NULL,
  children BIGINT NOT NULL,
  episodes BIGINT NOT NULL,
  imported_by TEXT NOT NULL,
  outcome TEXT NOT NULL
);
CREATE INDEX ssda903_import_la ON ssda903_import (la, collection_year, id);

CREATE TABLE ssda903_return (
  la TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  import_id BIGINT NOT NULL REFERENCES ssda903_import (id),
  PRIMARY KEY (la, collection_year)
);

CREATE TABLE lac_child (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  upn TEXT NOT NULL,
  sex TEXT NOT NULL,
  birth_date DATE,
  ethnicity TEXT NOT NULL,
  mother TEXT NOT NULL,
  mother_child_birth_date DATE,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, collection_year) REFERENCES ssda903_return (la, collection_year)
);
CREATE INDEX lac_child_year ON lac_child (la, collection_year);

CREATE TABLE lac_episode (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start_date DATE NOT NULL,
  reason_new TEXT NOT NULL,
  legal_status TEXT NOT NULL,
  category_of_need TEXT NOT NULL,
  placement TEXT NOT NULL,
  provider TEXT NOT NULL,
  end_date DATE,
  reason_ceased TEXT NOT NULL,
  reason_place_change TEXT NOT NULL,
  home_postcode TEXT NOT NULL,
  placement_postcode TEXT NOT NULL,
  urn TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year, seq),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
);

CREATE TABLE lac_review (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  review_date DATE NOT NULL,
  participation TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year, seq),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
);

CREATE TABLE lac_missing (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE,
  PRIMARY KEY (la, child_id, collection_year, seq),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
);

CREATE TABLE lac_uasc (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  ceased_date DATE,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
);

CREATE TABLE lac_health (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  sdq_score INTEGER,
  sdq_reason TEXT NOT NULL,
  convicted INTEGER,
  health_check INTEGER,
  immunisations INTEGER,
  teeth_check INTEGER,
  health_assessment INTEGER,
  substance_misuse INTEGER,
  intervention_received INTEGER,
  intervention_offered INTEGER,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
);

CREATE TABLE lac_care_leaver (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  in_touch TEXT NOT NULL,
  activity TEXT NOT NULL,
  accommodation TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
);

CREATE TABLE lac_adoption (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  should_be_placed_date DATE,
  matched_date DATE,
  foster_carer INTEGER,
  adopters INTEGER,
  adopter_sex TEXT NOT NULL,
  adopter_legal_status TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
);

CREATE TABLE lac_placed_adoption (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  decided_date DATE NOT NULL,
  reversed_date DATE,
  reason TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year, seq),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
);

CREATE TABLE lac_previous_permanence (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  prev_perm TEXT NOT NULL,
  perm_la TEXT NOT NULL,
  perm_date TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
);

CREATE TABLE lac_social_worker (
  la TEXT COLLATE "C" NOT NULL,
  child_id TEXT COLLATE "C" NOT NULL,
  collection_year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  worker TEXT NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE,
  reason TEXT NOT NULL,
  PRIMARY KEY (la, child_id, collection_year, seq),
  FOREIGN KEY (la, child_id, collection_year) REFERENCES lac_child (la, child_id, collection_year)
);
)sql"},
  };
  return all;
}

}  // namespace lens
