-- schemadiff rollback
-- source fingerprint: 841b56d18b99aaa9
-- target fingerprint: 0e2bfd40854a0893
-- 3 statements; hazards: none

BEGIN;

DROP TYPE sched.float_range;

DROP TYPE sched.name_range;

DROP TYPE sched.time_range;

COMMIT;
