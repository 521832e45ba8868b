-- schemadiff plan
-- source fingerprint: 8114cd54104f8873
-- target fingerprint: 79d15e60538034fe
-- 6 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.stock_view;

DROP FUNCTION public.available(p_sku text);

-- hazard: rewrite
ALTER TABLE inv.stock ALTER COLUMN qty TYPE bigint USING qty::bigint;

-- hazard: rewrite
ALTER TABLE inv.stock ALTER COLUMN sku TYPE character varying(20);

CREATE OR REPLACE FUNCTION public.available(p_sku text)
 RETURNS bigint
 LANGUAGE sql
 STABLE
 SET search_path TO 'inv', 'pg_temp'
AS $function$ SELECT qty FROM stock WHERE sku = p_sku $function$;

CREATE VIEW public.stock_view AS
SELECT sku, public.available(sku) AS avail FROM inv.stock;

COMMIT;
