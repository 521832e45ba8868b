-- schemadiff rollback
-- source fingerprint: a50aea05e96a1c6a
-- target fingerprint: f702ea8132a5a85f
-- 3 statements; hazards: rewrite

BEGIN;

ALTER EXTENSION citext SET SCHEMA public;

DROP SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE public.citext USING login::public.citext;

COMMIT;
