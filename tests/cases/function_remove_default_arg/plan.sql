-- schemadiff plan
-- source fingerprint: 8a30cf91360d937c
-- target fingerprint: 876b3ec9214d9375
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.paginate_offset(page integer, per_page integer);

CREATE OR REPLACE FUNCTION public.paginate_offset(page integer, per_page integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT (page - 1) * per_page $function$;

COMMIT;
