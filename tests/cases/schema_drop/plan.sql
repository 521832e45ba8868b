-- schemadiff plan
-- source fingerprint: 7c3f8c78a229db70
-- target fingerprint: b0690c92f29bdf9a
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
