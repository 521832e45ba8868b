-- schemadiff rollback
-- source fingerprint: bc1fa6f472bd89d3
-- target fingerprint: bc831a41a01c6430
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.measurements_id_brin;

DROP INDEX public.measurements_taken_at_brin;

COMMIT;
