-- schemadiff plan
-- source fingerprint: dad0abfb69232710
-- target fingerprint: e8bd8ad93ef58e5e
-- 7 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.staff_public;

DROP FUNCTION public.staff_count();

CREATE OR REPLACE FUNCTION public.staff_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT count(*) FROM staff $function$;

REVOKE ALL ON FUNCTION public.staff_count() FROM PUBLIC;

CREATE VIEW public.staff_public AS
SELECT id, name FROM staff;

GRANT EXECUTE ON FUNCTION public.staff_count() TO sd_reader;

GRANT SELECT ON TABLE public.staff_public TO sd_reader;

COMMIT;
