-- schemadiff plan
-- source fingerprint: 89c3bf290ed27622
-- target fingerprint: 54a1256006d0976f
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.events_bucket_idx;

DROP FUNCTION public.bucket(ts timestamp without time zone);

CREATE OR REPLACE FUNCTION public.bucket(ts timestamp without time zone, width interval DEFAULT '1 day'::interval)
 RETURNS timestamp without time zone
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT date_bin(width, ts, timestamp '2000-01-01') $function$;

COMMIT;

CREATE INDEX CONCURRENTLY events_bucket_idx ON public.events USING btree (public.bucket(at));
