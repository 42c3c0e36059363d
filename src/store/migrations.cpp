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
      {2, "accounts, sessions, login throttling, child access grants, audit log",
       R"sql(
CREATE TABLE organisation (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  la TEXT NOT NULL
);

CREATE TABLE app_user (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  organisation_id INTEGER NOT NULL REFERENCES organisation (id),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL,
  must_change_password INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE user_role (
  user_id INTEGER NOT NULL REFERENCES app_user (id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
) WITHOUT ROWID;

CREATE TABLE user_session (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES app_user (id),
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE login_attempt (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL,
  address TEXT NOT NULL,
  at INTEGER NOT NULL,
  succeeded INTEGER NOT NULL
);
CREATE INDEX login_attempt_user ON login_attempt (username, at);
CREATE INDEX login_attempt_address ON login_attempt (address, at);

CREATE TABLE child_access_grant (
  user_id INTEGER NOT NULL REFERENCES app_user (id),
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  granted_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (user_id, la, child_id, granted_at)
) WITHOUT ROWID;

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  username TEXT NOT NULL,
  organisation TEXT NOT NULL,
  action TEXT NOT NULL,
  record TEXT NOT NULL,
  reason TEXT NOT NULL,
  outcome TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
       R"sql(
CREATE TABLE organisation (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  la TEXT NOT NULL
);

CREATE TABLE app_user (
  id BIGSERIAL PRIMARY KEY,
  username TEXT COLLATE "C" NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL,
  must_change_password INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE user_role (
  user_id BIGINT NOT NULL REFERENCES app_user (id),
  role TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (user_id, role)
);

CREATE TABLE user_session (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES app_user (id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE login_attempt (
  id BIGSERIAL PRIMARY KEY,
  username TEXT NOT NULL,
  address TEXT NOT NULL,
  at BIGINT NOT NULL,
  succeeded INTEGER NOT NULL
);
CREATE INDEX login_attempt_user ON login_attempt (username, at);
CREATE INDEX login_attempt_address ON login_attempt (address, at);

CREATE TABLE child_access_grant (
  user_id BIGINT NOT NULL REFERENCES app_user (id),
  la TEXT NOT NULL,
  child_id TEXT NOT NULL,
  granted_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (user_id, la, child_id, granted_at)
);

CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  username TEXT NOT NULL,
  organisation TEXT NOT NULL,
  action TEXT NOT NULL,
  record TEXT NOT NULL,
  reason TEXT NOT NULL,
  outcome TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
)sql"},
  };
  return all;
}

}  // namespace lens
