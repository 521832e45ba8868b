-- schemadiff plan
-- source fingerprint: 7a242758349564e9
-- target fingerprint: 055cde74a6e5149f
-- 2 statements; hazards: rewrite

BEGIN;

CREATE EXTENSION citext WITH SCHEMA public VERSION '1.6';

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE public.citext USING email::public.citext;

COMMIT;
