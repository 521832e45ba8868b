-- schemadiff plan
-- source fingerprint: fa8fd1eba4946b01
-- target fingerprint: 4f7b19fbf6c1c91d
-- 2 statements; hazards: rewrite

BEGIN;

CREATE EXTENSION citext WITH SCHEMA public VERSION '1.6';

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE public.citext USING email::public.citext;

COMMIT;
