-- schemadiff plan
-- source fingerprint: d54280c4f7810794
-- target fingerprint: 20ca83ba9a085dba
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.placeholder ADD COLUMN id integer NOT NULL;

ALTER TABLE public.placeholder ADD COLUMN label text;

COMMIT;
