-- schemadiff plan
-- source fingerprint: 03023b43f928cb95
-- target fingerprint: f794caee0e81bd5a
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.contacts ALTER COLUMN email TYPE character varying(320);

ALTER TABLE public.contacts ALTER COLUMN note TYPE text USING note::text;

ALTER TABLE public.contacts ALTER COLUMN phone TYPE character varying(32);

COMMIT;
