-- schemadiff plan
-- source fingerprint: dfa4a98ddec6b928
-- target fingerprint: 1424f41e5a0c5d63
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.metric_sum();

CREATE OR REPLACE FUNCTION public.metric_sum()
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT sum(v) FROM metrics $function$;

REVOKE ALL ON FUNCTION public.metric_sum() FROM PUBLIC;

GRANT EXECUTE ON FUNCTION public.metric_sum() TO sd_admin WITH GRANT OPTION;

GRANT EXECUTE ON FUNCTION public.metric_sum() TO sd_reader;

COMMIT;
