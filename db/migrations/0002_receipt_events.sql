-- 0002_receipt_events: a receipt names the events it was decided from, so that
-- `hashigo receipt verify` can fold exactly those again. events_through is the last event seq of
-- the case that the evaluation read; events_digest is sha256 over every recorded event of the case
-- up to it and on or before as_of (notes and minutes included, which the view digest,
-- inputs_digest, leaves out when no rule reads them). Both are NULL on receipts stored before
-- this version, and on decisions about a case that was never stored.
ALTER TABLE receipts ADD COLUMN events_through INTEGER
  CONSTRAINT receipt_events_through_not_negative CHECK (events_through IS NULL OR events_through >= 0);
ALTER TABLE receipts ADD COLUMN events_digest TEXT
  CONSTRAINT receipt_events_digest_is_sha256_hex
  CHECK (events_digest IS NULL OR (length(events_digest) = 64 AND events_digest NOT GLOB '*[^0-9a-f]*'));
