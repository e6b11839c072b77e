-- 0004_households: households that link cases (an 8050 parent and child, a parent and a child in
-- 学習支援). Each row is one version of a household record, in force from `since` until the next
-- version of the same id; rules see the version in force on the day they decide. A change is a
-- new version, never an edit, so an evaluation of a past day sees who lived together then.
CREATE TABLE households (
  id      TEXT NOT NULL
          CONSTRAINT household_id_not_empty CHECK (length(id) > 0),
  since   TEXT NOT NULL
          CONSTRAINT household_since_is_yyyy_mm_dd
          CHECK (since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(since, '+0 days') IS since),
  payload TEXT NOT NULL
          CONSTRAINT household_payload_is_json_object
          CHECK (json_valid(payload) AND json_type(payload) = 'object'),
  PRIMARY KEY (id, since)
);

-- The cases each version names, so "which household is this case in" needs no JSON.
CREATE TABLE household_cases (
  household_id TEXT NOT NULL,
  since        TEXT NOT NULL,
  case_id      TEXT NOT NULL REFERENCES cases(id),
  PRIMARY KEY (household_id, since, case_id),
  FOREIGN KEY (household_id, since) REFERENCES households(id, since)
);

CREATE INDEX household_cases_by_case ON household_cases(case_id);

CREATE TRIGGER households_no_update BEFORE UPDATE ON households
BEGIN
  SELECT RAISE(ABORT, 'households are append-only');
END;

CREATE TRIGGER households_no_delete BEFORE DELETE ON households
BEGIN
  SELECT RAISE(ABORT, 'households are append-only');
END;

CREATE TRIGGER household_cases_no_update BEFORE UPDATE ON household_cases
BEGIN
  SELECT RAISE(ABORT, 'households are append-only');
END;

CREATE TRIGGER household_cases_no_delete BEFORE DELETE ON household_cases
BEGIN
  SELECT RAISE(ABORT, 'households are append-only');
END;
