-- schemadiff plan
-- source fingerprint: e38ac0f2eab06c2e
-- target fingerprint: 73b4ff5c25426ef5
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX measurements_id_brin ON public.measurements USING brin (id, sensor_id);

-- hazard: long-lock
CREATE INDEX measurements_taken_at_brin ON public.measurements USING brin (taken_at);

COMMIT;
