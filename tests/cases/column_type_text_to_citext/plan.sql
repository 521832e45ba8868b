-- schemadiff plan
-- source fingerprint: 8e24b41d91227d41
-- target fingerprint: cafee84047ed93f9
-- 3 statements; hazards: rewrite

BEGIN;

CREATE EXTENSION citext WITH SCHEMA public VERSION '1.6';

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE public.citext USING email::public.citext;

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';

COMMIT;
