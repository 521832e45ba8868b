-- schemadiff plan
-- source fingerprint: 41d83c1ab292fe31
-- target fingerprint: e60c747a9452db26
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.contacts ALTER COLUMN email TYPE character varying(320);

ALTER TABLE public.contacts ALTER COLUMN note TYPE text USING note::text;

ALTER TABLE public.contacts ALTER COLUMN phone TYPE character varying(32);

COMMIT;
