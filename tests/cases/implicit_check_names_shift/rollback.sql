-- schemadiff rollback
-- source fingerprint: 6eb8b2ad511a1370
-- target fingerprint: 1fd2f7993f3fd8ae
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.ranges_t DROP CONSTRAINT ranges_t_check;

ALTER TABLE public.ranges_t DROP CONSTRAINT ranges_t_check1;

ALTER TABLE public.ranges_t ADD CONSTRAINT ranges_t_check CHECK ((hi >= lo)) NOT VALID;

COMMIT;

ALTER TABLE public.ranges_t VALIDATE CONSTRAINT ranges_t_check;
