-- schemadiff plan
-- source fingerprint: 0e2bfd40854a0893
-- target fingerprint: 841b56d18b99aaa9
-- 3 statements; hazards: none

BEGIN;

CREATE TYPE sched.float_range AS RANGE (subtype = double precision, subtype_diff = float8mi);

CREATE TYPE sched.name_range AS RANGE (subtype = text, collation = pg_catalog."C");

CREATE TYPE sched.time_range AS RANGE (subtype = time without time zone, multirange_type_name = sched.time_ranges);

COMMIT;
