-- 0006_agencies: the agencies of the network around a case (consortium members, なかぽつ 基幹型
-- and its partner centres, Hello Work, サポステ, employers). Each row is one version of an agency
-- record, in force from `since` until the next version of the same id: a referral or a joining
-- names the agency as it was on the event's day.
CREATE TABLE agencies (
  id      TEXT NOT NULL
          CONSTRAINT agency_id_not_empty CHECK (length(id) > 0),
  since   TEXT NOT NULL
          CONSTRAINT agency_since_is_yyyy_mm_dd
          CHECK (since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                 AND date(since, '+0 days') IS since),
  payload TEXT NOT NULL
          CONSTRAINT agency_payload_is_json_object
          CHECK (json_valid(payload) AND json_type(payload) = 'object'),
  PRIMARY KEY (id, since)
);

CREATE TRIGGER agencies_no_update BEFORE UPDATE ON agencies
BEGIN
  SELECT RAISE(ABORT, 'agencies are append-only');
END;

CREATE TRIGGER agencies_no_delete BEFORE DELETE ON agencies
BEGIN
  SELECT RAISE(ABORT, 'agencies are append-only');
END;
