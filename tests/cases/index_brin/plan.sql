-- schemadiff plan
-- source fingerprint: c93f9556d791b9f8
-- target fingerprint: 9e8aad84c9f5a1c4
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX measurements_id_brin ON public.measurements USING brin (id, sensor_id);

-- hazard: long-lock
CREATE INDEX measurements_taken_at_brin ON public.measurements USING brin (taken_at);

COMMIT;
