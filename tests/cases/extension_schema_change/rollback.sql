-- schemadiff rollback
-- source fingerprint: 1ca0115bfd7d2992
-- target fingerprint: 6f615799d7d35317
-- 3 statements; hazards: rewrite

BEGIN;

ALTER EXTENSION citext SET SCHEMA public;

DROP SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE public.citext USING login::public.citext;

COMMIT;
