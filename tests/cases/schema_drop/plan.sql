-- schemadiff plan
-- source fingerprint: be1f4225b570b503
-- target fingerprint: c5d8ccc19c69a845
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
