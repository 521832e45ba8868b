-- schemadiff rollback
-- source fingerprint: ac084d96e14096b6
-- target fingerprint: de6b3bcffa30fc7b
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.gadgets ALTER COLUMN id DROP IDENTITY;

ALTER TABLE public.widgets ALTER COLUMN id DROP IDENTITY;

COMMIT;
