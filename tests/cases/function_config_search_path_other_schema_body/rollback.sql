-- schemadiff rollback
-- source fingerprint: 79d15e60538034fe
-- target fingerprint: 8114cd54104f8873
-- 6 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.stock_view;

DROP FUNCTION public.available(p_sku text);

-- hazard: rewrite
ALTER TABLE inv.stock ALTER COLUMN qty TYPE integer USING qty::integer;

ALTER TABLE inv.stock ALTER COLUMN sku TYPE text USING sku::text;

CREATE OR REPLACE FUNCTION public.available(p_sku text)
 RETURNS integer
 LANGUAGE sql
 STABLE
 SET search_path TO 'inv', 'pg_temp'
AS $function$ SELECT qty FROM stock WHERE sku = p_sku $function$;

CREATE VIEW public.stock_view AS
 SELECT stock.sku,
    public.available(stock.sku) AS avail
   FROM inv.stock;

COMMIT;
