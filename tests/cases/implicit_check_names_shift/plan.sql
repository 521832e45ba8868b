-- schemadiff plan
-- source fingerprint: 1fd2f7993f3fd8ae
-- target fingerprint: 6eb8b2ad511a1370
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.ranges_t DROP CONSTRAINT ranges_t_check;

ALTER TABLE public.ranges_t ADD CONSTRAINT ranges_t_check CHECK (lo + hi >= 0) NOT VALID;

ALTER TABLE public.ranges_t ADD CONSTRAINT ranges_t_check1 CHECK (hi >= lo) NOT VALID;

COMMIT;

ALTER TABLE public.ranges_t VALIDATE CONSTRAINT ranges_t_check;

ALTER TABLE public.ranges_t VALIDATE CONSTRAINT ranges_t_check1;
