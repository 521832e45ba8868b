-- schemadiff plan
-- source fingerprint: 3c00ef63a365eed4
-- target fingerprint: 82a5dd9bfe04b849
-- 3 statements; hazards: rewrite

BEGIN;

CREATE SCHEMA extensions;

ALTER EXTENSION citext SET SCHEMA extensions;

-- hazard: rewrite
ALTER TABLE public.logins ALTER COLUMN login TYPE extensions.citext USING login::extensions.citext;

COMMIT;
