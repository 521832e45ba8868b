-- schemadiff rollback
-- source fingerprint: 9e8aad84c9f5a1c4
-- target fingerprint: c93f9556d791b9f8
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.measurements_id_brin;

DROP INDEX public.measurements_taken_at_brin;

COMMIT;
