-- schemadiff rollback
-- source fingerprint: e0fdbd08406110a2
-- target fingerprint: ab2f8cebf42746e2
-- 5 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.big_metrics;

DROP FUNCTION public.metric_rows(min_val bigint);

-- hazard: rewrite
ALTER TABLE public.metrics ALTER COLUMN val TYPE integer USING val::integer;

CREATE OR REPLACE FUNCTION public.metric_rows(min_val integer)
 RETURNS TABLE(name text, val integer)
 LANGUAGE sql
 STABLE
AS $function$ SELECT name, val FROM metrics WHERE val >= min_val $function$;

CREATE VIEW public.big_metrics AS
 SELECT metric_rows.name,
    metric_rows.val
   FROM public.metric_rows(10) metric_rows(name, val);

COMMIT;
