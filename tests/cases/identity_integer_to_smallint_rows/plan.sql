-- schemadiff plan
-- source fingerprint: ed8a2751d952d9a6
-- target fingerprint: b42701bd4d6712dc
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.cities ALTER COLUMN country_id TYPE smallint USING country_id::smallint;

-- hazard: rewrite
ALTER TABLE public.countries ALTER COLUMN id TYPE smallint USING id::smallint;

ALTER TABLE public.countries ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 32767 SET CACHE 1 SET NO CYCLE;

COMMIT;
