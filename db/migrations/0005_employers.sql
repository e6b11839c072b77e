-- 0005_employers: employers and the tasks they carve out of their work for people in support
-- (しごと情報 sheets, 業務分解). Each row is one version of an employer record, in force from
-- `since` until the next version of the same id: a placement names a task of the version in force
-- on its first day, and a report of a past month sees the tasks offered then.
CREATE TABLE employers (
  id      TEXT NOT NULL
          CONSTRAINT employer_id_not_empty CHECK (length(id) > 0),
  since   TEXT NOT NULL
          CONSTRAINT employer_since_is_yyyy_mm_dd
          CHECK (since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(since, '+0 days') IS since),
  payload TEXT NOT NULL
          CONSTRAINT employer_payload_is_json_object
          CHECK (json_valid(payload) AND json_type(payload) = 'object'),
  PRIMARY KEY (id, since)
);

CREATE TRIGGER employers_no_update BEFORE UPDATE ON employers
BEGIN
  SELECT RAISE(ABORT, 'employers are append-only');
END;

CREATE TRIGGER employers_no_delete BEFORE DELETE ON employers
BEGIN
  SELECT RAISE(ABORT, 'employers are append-only');
END;
