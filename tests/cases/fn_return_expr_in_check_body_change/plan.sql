-- schemadiff plan
-- source fingerprint: dc34c667fff0da0f
-- target fingerprint: 6b8c7471dea9dabc
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE public.products DROP CONSTRAINT products_sku_check;

CREATE OR REPLACE FUNCTION public.is_valid_sku(s text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE STRICT
RETURN (s ~ '^[A-Z]{3}-[0-9]{4,6}$'::text);

ALTER TABLE public.products ADD CONSTRAINT products_sku_check CHECK (is_valid_sku(sku)) NOT VALID;

COMMIT;

ALTER TABLE public.products VALIDATE CONSTRAINT products_sku_check;
