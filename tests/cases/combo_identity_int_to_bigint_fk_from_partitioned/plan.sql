-- schemadiff plan
-- source fingerprint: 30d95e77a42aafd4
-- target fingerprint: b35f8ae8643e09c2
-- 5 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.alerts ALTER COLUMN device_id TYPE bigint USING device_id::bigint;

-- hazard: rewrite
ALTER TABLE public.devices ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.devices ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN device_id TYPE bigint USING device_id::bigint;

CREATE TABLE public.readings_2026 PARTITION OF public.readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

COMMIT;
