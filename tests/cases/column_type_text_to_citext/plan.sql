-- schemadiff plan
-- source fingerprint: 5c4c6250ccf845f9
-- target fingerprint: 24503504614d028e
-- 3 statements; hazards: rewrite

BEGIN;

CREATE EXTENSION citext WITH SCHEMA public VERSION '1.6';

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE public.citext USING email::public.citext;

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';

COMMIT;
