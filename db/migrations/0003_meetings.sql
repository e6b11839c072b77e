-- 0003_meetings: meetings (支援調整会議, 支援会議, 合同ケース会議, ケース検討) as records of their
-- own. A meeting discusses many cases; what it decided about each is also a `meeting` event in that
-- case's log, written in the same transaction, so a case folds from its own events alone.
-- meeting_cases links the two and says which event carries the case's share.
CREATE TABLE meetings (
  id      TEXT PRIMARY KEY NOT NULL
          CONSTRAINT meeting_id_not_empty CHECK (length(id) > 0),
  kind    TEXT NOT NULL
          CONSTRAINT meeting_kind_not_empty CHECK (length(kind) > 0),
  held_on TEXT NOT NULL
          CONSTRAINT meeting_held_on_is_yyyy_mm_dd
          CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(held_on, '+0 days') IS held_on),
  payload TEXT NOT NULL
          CONSTRAINT meeting_payload_is_json_object
          CHECK (json_valid(payload) AND json_type(payload) = 'object')
);

CREATE TABLE meeting_cases (
  meeting_id TEXT NOT NULL REFERENCES meetings(id),
  case_id    TEXT NOT NULL REFERENCES cases(id),
  event_seq  INTEGER NOT NULL REFERENCES events(seq),
  PRIMARY KEY (meeting_id, case_id)
);

CREATE INDEX meetings_by_day ON meetings(held_on, id);

-- A meeting's record is as append-only as the events it wrote: minutes are corrected by voiding
-- the cases' events, never by rewriting what was said.
CREATE TRIGGER meetings_no_update BEFORE UPDATE ON meetings
BEGIN
  SELECT RAISE(ABORT, 'meetings are append-only');
END;

CREATE TRIGGER meetings_no_delete BEFORE DELETE ON meetings
BEGIN
  SELECT RAISE(ABORT, 'meetings are append-only');
END;

CREATE TRIGGER meeting_cases_no_update BEFORE UPDATE ON meeting_cases
BEGIN
  SELECT RAISE(ABORT, 'meetings are append-only');
END;

CREATE TRIGGER meeting_cases_no_delete BEFORE DELETE ON meeting_cases
BEGIN
  SELECT RAISE(ABORT, 'meetings are append-only');
END;
