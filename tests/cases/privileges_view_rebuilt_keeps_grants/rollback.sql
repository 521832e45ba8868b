-- schemadiff rollback
-- source fingerprint: e8bd8ad93ef58e5e
-- target fingerprint: dad0abfb69232710
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.staff_count();

CREATE OR REPLACE VIEW public.staff_public AS
 SELECT staff.id,
    staff.name,
    staff.salary
   FROM public.staff;

CREATE OR REPLACE FUNCTION public.staff_count()
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT count(*)::integer FROM staff $function$;

REVOKE ALL ON FUNCTION public.staff_count() FROM PUBLIC;

GRANT EXECUTE ON FUNCTION public.staff_count() TO sd_reader;

COMMIT;
