-- schemadiff plan
-- source fingerprint: bc831a41a01c6430
-- target fingerprint: bc1fa6f472bd89d3
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX measurements_id_brin ON public.measurements USING brin (id, sensor_id);

-- hazard: long-lock
CREATE INDEX measurements_taken_at_brin ON public.measurements USING brin (taken_at);

COMMIT;
