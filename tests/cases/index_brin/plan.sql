-- schemadiff plan
-- source fingerprint: 7f86bb128ce1bdb1
-- target fingerprint: d2bd5d18bc499baf
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX measurements_id_brin ON public.measurements USING brin (id, sensor_id);

-- hazard: long-lock
CREATE INDEX measurements_taken_at_brin ON public.measurements USING brin (taken_at);

COMMIT;
