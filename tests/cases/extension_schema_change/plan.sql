-- schemadiff plan
-- source fingerprint: 5b1e44294ce2a93a
-- target fingerprint: 350ca98952791bc4
-- 3 statements; hazards: rewrite

BEGIN;

CREATE SCHEMA extensions;

ALTER EXTENSION citext SET SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE extensions.citext USING login::extensions.citext;

COMMIT;
