-- schemadiff plan
-- source fingerprint: 4bfadf58a993eda4
-- target fingerprint: 28c9b69983ee01a3
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE sched.shifts DROP COLUMN names;

DROP TYPE sched.float_range;

DROP TYPE sched.name_range;

COMMIT;
