-- schemadiff plan
-- source fingerprint: d0917350e6229244
-- target fingerprint: c6372e6828412436
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.placeholder ADD COLUMN id integer NOT NULL;

ALTER TABLE public.placeholder ADD COLUMN label text;

COMMIT;
