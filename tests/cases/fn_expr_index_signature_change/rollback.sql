-- schemadiff rollback
-- source fingerprint: 54a1256006d0976f
-- target fingerprint: 89c3bf290ed27622
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.events_bucket_idx;

DROP FUNCTION public.bucket(ts timestamp without time zone, width interval);

CREATE OR REPLACE FUNCTION public.bucket(ts timestamp without time zone)
 RETURNS date
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT ts::date $function$;

COMMIT;

CREATE INDEX CONCURRENTLY events_bucket_idx ON public.events USING btree (public.bucket(at));
