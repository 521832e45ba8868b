-- schemadiff rollback
-- source fingerprint: 50bd46f2df45f20f
-- target fingerprint: 3ed892be1fb8c379
-- 3 statements; hazards: rewrite

BEGIN;

ALTER EXTENSION citext SET SCHEMA public;

DROP SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE public.citext USING login::public.citext;

COMMIT;
