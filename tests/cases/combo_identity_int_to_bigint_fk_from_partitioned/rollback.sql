-- schemadiff rollback
-- source fingerprint: b35f8ae8643e09c2
-- target fingerprint: 30d95e77a42aafd4
-- 6 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.readings_2026;

-- hazard: rewrite
ALTER TABLE public.alerts ALTER COLUMN device_id TYPE integer USING device_id::integer;

-- hazard: rewrite
ALTER TABLE public.devices ALTER COLUMN id TYPE integer USING id::integer;

SELECT pg_catalog.setval('public.devices_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.devices_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER TABLE public.devices ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN device_id TYPE integer USING device_id::integer;

COMMIT;
