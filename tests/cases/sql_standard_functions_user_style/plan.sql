-- schemadiff plan
-- source fingerprint: ee1b0d7317469c89
-- target fingerprint: 8cfea9772964c83e
-- 7 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE OR REPLACE FUNCTION public.add_tax(p numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
RETURN round((p * 1.2), 2);

CREATE OR REPLACE FUNCTION public.is_positive(n numeric)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (n > (0)::numeric);

-- hazard: rewrite
ALTER TABLE public.items ADD COLUMN gross numeric GENERATED ALWAYS AS (public.add_tax(price)) STORED;

CREATE OR REPLACE FUNCTION public.item_value(i public.items)
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT ((i).price * ((i).qty)::numeric);
END;

ALTER TABLE public.items ADD CONSTRAINT items_price_check CHECK (is_positive(price)) NOT VALID;

COMMIT;

ALTER TABLE public.items VALIDATE CONSTRAINT items_price_check;

CREATE INDEX CONCURRENTLY items_gross_idx ON public.items USING btree (public.add_tax(price));
