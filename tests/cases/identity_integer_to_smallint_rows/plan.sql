-- schemadiff plan
-- source fingerprint: ed8a2751d952d9a6
-- target fingerprint: b42701bd4d6712dc
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.cities ALTER COLUMN country_id TYPE smallint USING country_id::smallint;

-- hazard: rewrite
ALTER TABLE public.countries ALTER COLUMN id TYPE smallint USING id::smallint;

SELECT pg_catalog.setval('public.countries_id_seq', CASE WHEN last_value > 32767 THEN 32767 ELSE 1 END, last_value > 32767) FROM public.countries_id_seq WHERE last_value > 32767 OR last_value < 1;

ALTER TABLE public.countries ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 32767 SET CACHE 1 SET NO CYCLE;

COMMIT;
