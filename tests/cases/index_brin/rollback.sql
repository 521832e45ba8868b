-- schemadiff rollback
-- source fingerprint: 73b4ff5c25426ef5
-- target fingerprint: e38ac0f2eab06c2e
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.measurements_id_brin;

DROP INDEX public.measurements_taken_at_brin;

COMMIT;
