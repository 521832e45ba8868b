-- schemadiff plan
-- source fingerprint: ab2f8cebf42746e2
-- target fingerprint: e0fdbd08406110a2
-- 5 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.big_metrics;

DROP FUNCTION public.metric_rows(min_val integer);

-- hazard: rewrite
ALTER TABLE public.metrics ALTER COLUMN val TYPE bigint USING val::bigint;

CREATE OR REPLACE FUNCTION public.metric_rows(min_val bigint)
 RETURNS TABLE(name text, val bigint)
 LANGUAGE sql
 STABLE
AS $function$ SELECT name, val FROM metrics WHERE val >= min_val $function$;

CREATE VIEW public.big_metrics AS
SELECT name, val FROM metric_rows(10);

COMMIT;
