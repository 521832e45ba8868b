-- schemadiff plan
-- source fingerprint: f054ca14d3fb3966
-- target fingerprint: 584e210d2536115b
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.placeholder ADD COLUMN id integer NOT NULL;

ALTER TABLE public.placeholder ADD COLUMN label text;

COMMIT;
