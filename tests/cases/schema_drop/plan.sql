-- schemadiff plan
-- source fingerprint: fce0e8a452a03a5f
-- target fingerprint: c9fcfaec388024b1
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
