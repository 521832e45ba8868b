-- schemadiff plan
-- source fingerprint: 21d51ca15e46e065
-- target fingerprint: e7fde8f05cfdcc83
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.contacts ALTER COLUMN email TYPE character varying(320);

ALTER TABLE public.contacts ALTER COLUMN note TYPE text USING note::text;

ALTER TABLE public.contacts ALTER COLUMN phone TYPE character varying(32);

COMMIT;
