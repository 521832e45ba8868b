-- schemadiff rollback
-- source fingerprint: 82a5dd9bfe04b849
-- target fingerprint: 3c00ef63a365eed4
-- 3 statements; hazards: rewrite

BEGIN;

ALTER EXTENSION citext SET SCHEMA public;

DROP SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE public.citext USING login::public.citext;

COMMIT;
