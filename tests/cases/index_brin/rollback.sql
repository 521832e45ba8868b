-- schemadiff rollback
-- source fingerprint: 903dd7f2cf8cbe73
-- target fingerprint: e675299d00226fa4
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.measurements_id_brin;

DROP INDEX public.measurements_taken_at_brin;

COMMIT;
