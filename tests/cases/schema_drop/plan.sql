-- schemadiff plan
-- source fingerprint: d3a09e73c2bb88d3
-- target fingerprint: 6b6ce1a5ec3a875e
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE legacy.record_notes DROP CONSTRAINT record_notes_record_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE legacy.record_notes;

-- hazard: data-loss,irreversible
DROP TABLE legacy.records;

-- hazard: irreversible
DROP SEQUENCE legacy.counter_seq;

DROP TYPE legacy.kind;

DROP SCHEMA legacy;

COMMIT;
