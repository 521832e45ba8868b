-- schemadiff rollback
-- source fingerprint: 816088f74be0cdff
-- target fingerprint: 1602a48d935c33fd
-- 3 statements; hazards: rewrite

BEGIN;

ALTER EXTENSION citext SET SCHEMA public;

DROP SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE public.citext USING login::public.citext;

COMMIT;
