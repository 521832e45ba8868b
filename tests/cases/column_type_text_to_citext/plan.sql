-- schemadiff plan
-- source fingerprint: 8e24b41d91227d41
-- target fingerprint: 6885caf1107dacc1
-- 2 statements; hazards: rewrite

BEGIN;

CREATE EXTENSION citext WITH SCHEMA public VERSION '1.6';

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE public.citext USING email::public.citext;

COMMIT;
