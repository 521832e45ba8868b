-- schemadiff plan
-- source fingerprint: bc831a41a01c6430
-- target fingerprint: bc1fa6f472bd89d3
-- 2 statements; hazards: none

CREATE INDEX CONCURRENTLY measurements_id_brin ON public.measurements USING brin (id, sensor_id);

CREATE INDEX CONCURRENTLY measurements_taken_at_brin ON public.measurements USING brin (taken_at);
