-- schemadiff plan
-- source fingerprint: 962bff02a1ff382a
-- target fingerprint: 6881e8f4bcf9b6e9
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.placeholder ADD COLUMN id integer NOT NULL;

ALTER TABLE public.placeholder ADD COLUMN label text;

COMMIT;
