-- schemadiff plan
-- source fingerprint: b26e46981e57b642
-- target fingerprint: bce81ef422e2d564
-- 10 statements; hazards: rewrite

BEGIN;

ALTER DOMAIN public.qty RENAME TO qty__schemadiff_old;

CREATE DOMAIN public.qty AS integer NOT NULL;

ALTER DOMAIN public.qty ADD CONSTRAINT qty_positive CHECK ((VALUE > 0));

ALTER TYPE public.order_line RENAME TO order_line__schemadiff_old;

CREATE TYPE public.order_line AS (sku text, n public.qty);

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN counts TYPE public.qty[] USING counts::text::public.qty[];

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN first_line TYPE public.order_line USING CASE WHEN pg_catalog.num_nulls(first_line) = 1 THEN NULL ELSE ROW((first_line).sku::text, (first_line).n::text::public.qty)::public.order_line END;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN plain TYPE public.qty USING plain::text::public.qty;

DROP TYPE public.order_line__schemadiff_old;

DROP DOMAIN public.qty__schemadiff_old;

COMMIT;
