-- schemadiff rollback
-- source fingerprint: 876b3ec9214d9375
-- target fingerprint: 8a30cf91360d937c
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.paginate_offset(page integer, per_page integer DEFAULT 20)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT (page - 1) * per_page $function$;

COMMIT;
