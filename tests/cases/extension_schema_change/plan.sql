-- schemadiff plan
-- source fingerprint: 3ed892be1fb8c379
-- target fingerprint: 50bd46f2df45f20f
-- 3 statements; hazards: rewrite

BEGIN;

CREATE SCHEMA extensions;

ALTER EXTENSION citext SET SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE extensions.citext USING login::extensions.citext;

COMMIT;
