-- schemadiff plan
-- source fingerprint: 8b2664b8002614e8
-- target fingerprint: bfa368f103cf5c71
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.placeholder ADD COLUMN id integer NOT NULL;

ALTER TABLE public.placeholder ADD COLUMN label text;

COMMIT;
