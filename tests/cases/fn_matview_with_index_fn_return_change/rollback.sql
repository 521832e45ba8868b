-- schemadiff rollback
-- source fingerprint: 7ee0463bcbdb21fe
-- target fingerprint: 865a99236403bcb4
-- 6 statements; hazards: long-lock

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.sales_by_region_label;

DROP MATERIALIZED VIEW public.sales_by_region;

DROP FUNCTION public.region_label(r text);

CREATE OR REPLACE FUNCTION public.region_label(r text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT upper(r) $function$;

CREATE MATERIALIZED VIEW public.sales_by_region AS
 SELECT public.region_label(sales.region) AS label,
    sum(sales.amount) AS total
   FROM public.sales
  GROUP BY (public.region_label(sales.region));

-- hazard: long-lock
CREATE UNIQUE INDEX sales_by_region_label ON public.sales_by_region USING btree (label);

COMMIT;
