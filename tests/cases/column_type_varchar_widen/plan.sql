-- schemadiff plan
-- source fingerprint: 8cbab8fee3a088d0
-- target fingerprint: a9af3e9d44d7bd8a
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.contacts ALTER COLUMN email TYPE character varying(320);

ALTER TABLE public.contacts ALTER COLUMN note TYPE text USING note::text;

ALTER TABLE public.contacts ALTER COLUMN phone TYPE character varying(32);

COMMIT;
