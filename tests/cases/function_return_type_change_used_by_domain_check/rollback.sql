-- schemadiff rollback
-- source fingerprint: 7b07ae55ec13c101
-- target fingerprint: 1bb74d428cd0d568
-- 4 statements; hazards: long-lock

SET check_function_bodies = false;

BEGIN;

ALTER DOMAIN public.sku DROP CONSTRAINT sku_format;

DROP FUNCTION public.is_valid_sku(s text, strict_mode boolean);

CREATE OR REPLACE FUNCTION public.is_valid_sku(s text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT s ~ '^[A-Z]{3}-[0-9]+$' $function$;

-- hazard: long-lock
ALTER DOMAIN public.sku ADD CONSTRAINT sku_format CHECK (public.is_valid_sku(VALUE));

COMMIT;
