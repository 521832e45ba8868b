-- schemadiff plan
-- source fingerprint: e675299d00226fa4
-- target fingerprint: 903dd7f2cf8cbe73
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX measurements_id_brin ON public.measurements USING brin (id, sensor_id);

-- hazard: long-lock
CREATE INDEX measurements_taken_at_brin ON public.measurements USING brin (taken_at);

COMMIT;
