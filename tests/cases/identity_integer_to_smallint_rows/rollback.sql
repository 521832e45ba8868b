-- schemadiff rollback
-- source fingerprint: b42701bd4d6712dc
-- target fingerprint: ed8a2751d952d9a6
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.cities ALTER COLUMN country_id TYPE integer USING country_id::integer;

-- hazard: rewrite
ALTER TABLE public.countries ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.countries ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

COMMIT;
