-- 0001_init: cases, the append-only event log, decision receipts and the snapshot cache.
--
-- The store runs this inside one transaction and then sets PRAGMA user_version = 1, so a crash
-- half-way leaves an empty, version-0 file that the next open migrates again from scratch.
-- JSON columns hold text the caller has already validated; the CHECKs are a last line of defence
-- so that a bug upstream cannot leave a document in the file that no later fold could read.
-- Constraints are named so that a violation names the rule it broke.

-- 'HSGO': lets the store tell its own file apart from some other program's SQLite database.
PRAGMA application_id = 1213417295;

CREATE TABLE cases (
  id        TEXT PRIMARY KEY NOT NULL
            CONSTRAINT case_id_not_empty CHECK (length(id) > 0),
  region    TEXT NOT NULL
            CONSTRAINT case_region_not_empty CHECK (length(region) > 0),
  person    TEXT NOT NULL
            CONSTRAINT case_person_is_json_object
            CHECK (json_valid(person) AND json_type(person) = 'object'),
  household TEXT NOT NULL
            CONSTRAINT case_household_is_json_object
            CHECK (json_valid(household) AND json_type(household) = 'object')
);

-- The record of every case. A case's state is a pure fold over these rows, and decision receipts
-- name the inputs they were computed from, so rewriting history would silently change past
-- decisions that receipts claim to be replayable. Hence: no UPDATE, no DELETE (triggers below).
-- AUTOINCREMENT (not plain rowid): a seq is never handed out twice, even if someone bypasses the
-- triggers and removes the newest row, because snapshots.last_seq may still point at it.
CREATE TABLE events (
  seq     INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id TEXT NOT NULL REFERENCES cases(id),
  type    TEXT NOT NULL
          CONSTRAINT event_type_not_empty CHECK (length(type) > 0),
  -- date(x, '+0 days') normalises 2023-02-30 to 2023-03-02, so IS x refuses impossible days.
  date    TEXT NOT NULL
          CONSTRAINT event_date_is_yyyy_mm_dd
          CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(date, '+0 days') IS date),
  payload TEXT NOT NULL
          CONSTRAINT event_payload_is_json_object
          CHECK (json_valid(payload) AND json_type(payload) = 'object')
);

-- A case's events are always read in seq order; this makes that a range scan.
CREATE INDEX events_by_case ON events(case_id, seq);

-- Triggers rather than trust: every writer (this binary, a DBA with the sqlite3 shell, a future
-- tool) meets the same rule, and the ABORT rolls back the offending statement only.
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

-- Why a past decision was made: replaying it needs the exact outcome text and both digests.
-- case_id may be NULL for a decision about a case that was evaluated but never stored.
CREATE TABLE receipts (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id       TEXT REFERENCES cases(id),
  as_of         TEXT NOT NULL
                CONSTRAINT receipt_as_of_is_yyyy_mm_dd
                CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                       AND date(as_of, '+0 days') IS as_of),
  kind          TEXT NOT NULL
                CONSTRAINT receipt_kind_not_empty CHECK (length(kind) > 0),
  outcome       TEXT NOT NULL
                CONSTRAINT receipt_outcome_is_json CHECK (json_valid(outcome)),
  pack_digest   TEXT NOT NULL
                CONSTRAINT receipt_pack_digest_is_sha256_hex
                CHECK (length(pack_digest) = 64 AND pack_digest NOT GLOB '*[^0-9a-f]*'),
  inputs_digest TEXT NOT NULL
                CONSTRAINT receipt_inputs_digest_is_sha256_hex
                CHECK (length(inputs_digest) = 64 AND inputs_digest NOT GLOB '*[^0-9a-f]*')
);

CREATE INDEX receipts_by_case ON receipts(case_id, id);

-- A receipt that could be edited after the fact would explain nothing: append-only as well.
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN
  SELECT RAISE(ABORT, 'receipts are append-only');
END;

CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN
  SELECT RAISE(ABORT, 'receipts are append-only');
END;

-- A cache of fold(events up to last_seq); always rebuildable from events, so it may be replaced
-- or dropped freely and carries no triggers.
CREATE TABLE snapshots (
  case_id  TEXT PRIMARY KEY NOT NULL REFERENCES cases(id),
  last_seq INTEGER NOT NULL
           CONSTRAINT snapshot_last_seq_not_negative CHECK (last_seq >= 0),
  as_of    TEXT NOT NULL
           CONSTRAINT snapshot_as_of_is_yyyy_mm_dd
           CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                  AND date(as_of, '+0 days') IS as_of),
  state    TEXT NOT NULL
           CONSTRAINT snapshot_state_is_json_object
           CHECK (json_valid(state) AND json_type(state) = 'object')
);
