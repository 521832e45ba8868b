-- schemadiff plan
-- source fingerprint: c21aa51c00b9ebbd
-- target fingerprint: 0b92f69860fc341d
-- 2 statements; hazards: rewrite

BEGIN;

CREATE EXTENSION citext WITH SCHEMA public VERSION '1.6';

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE public.citext USING email::public.citext;

COMMIT;
