-- schemadiff plan
-- source fingerprint: adda08a33ca50068
-- target fingerprint: 5f0e14e77701cd4c
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.contacts ALTER COLUMN email TYPE character varying(320);

ALTER TABLE public.contacts ALTER COLUMN note TYPE text USING note::text;

ALTER TABLE public.contacts ALTER COLUMN phone TYPE character varying(32);

COMMIT;
