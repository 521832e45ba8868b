-- schemadiff plan
-- source fingerprint: 1602a48d935c33fd
-- target fingerprint: 816088f74be0cdff
-- 3 statements; hazards: rewrite

BEGIN;

CREATE SCHEMA extensions;

ALTER EXTENSION citext SET SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE extensions.citext USING login::extensions.citext;

COMMIT;
