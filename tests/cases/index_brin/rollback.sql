-- schemadiff rollback
-- source fingerprint: d2bd5d18bc499baf
-- target fingerprint: 7f86bb128ce1bdb1
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.measurements_id_brin;

DROP INDEX public.measurements_taken_at_brin;

COMMIT;
