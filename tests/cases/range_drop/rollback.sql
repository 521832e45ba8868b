-- schemadiff rollback
-- source fingerprint: 28c9b69983ee01a3
-- target fingerprint: 4bfadf58a993eda4
-- 3 statements; hazards: none

BEGIN;

CREATE TYPE sched.float_range AS RANGE (subtype = double precision, subtype_diff = float8mi);

CREATE TYPE sched.name_range AS RANGE (subtype = text, collation = pg_catalog."C");

ALTER TABLE sched.shifts ADD COLUMN names sched.name_range;

COMMIT;
