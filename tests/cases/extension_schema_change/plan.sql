-- schemadiff plan
-- source fingerprint: 6f615799d7d35317
-- target fingerprint: 1ca0115bfd7d2992
-- 3 statements; hazards: rewrite

BEGIN;

CREATE SCHEMA extensions;

ALTER EXTENSION citext SET SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE extensions.citext USING login::extensions.citext;

COMMIT;
