-- schemadiff rollback
-- source fingerprint: 350ca98952791bc4
-- target fingerprint: 5b1e44294ce2a93a
-- 3 statements; hazards: rewrite

BEGIN;

ALTER EXTENSION citext SET SCHEMA public;

DROP SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE public.citext USING login::public.citext;

COMMIT;
