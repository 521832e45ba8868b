-- schemadiff plan
-- source fingerprint: f702ea8132a5a85f
-- target fingerprint: a50aea05e96a1c6a
-- 3 statements; hazards: rewrite

BEGIN;

CREATE SCHEMA extensions;

ALTER EXTENSION citext SET SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE extensions.citext USING login::extensions.citext;

COMMIT;
