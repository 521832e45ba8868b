-- schemadiff plan
-- source fingerprint: fefe02bb571aa348
-- target fingerprint: 55bb57c1f47a1ec8
-- 12 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP INDEX public.ingredients_unit_idx;

ALTER TYPE public.unit RENAME TO unit__schemadiff_old;

CREATE TYPE public.unit AS ENUM ('g', 'kg', 'ml');

ALTER TYPE public.measure RENAME TO measure__schemadiff_old;

CREATE TYPE public.measure AS (amount numeric, u public.unit);

-- hazard: rewrite
ALTER TABLE public.ingredients ALTER COLUMN alt_units TYPE public.unit[] USING alt_units::text::public.unit[];

-- hazard: rewrite
ALTER TABLE public.ingredients ALTER COLUMN qty TYPE public.measure USING CASE WHEN pg_catalog.num_nulls(qty) = 1 THEN NULL ELSE ROW((qty).amount::numeric, (qty).u::text::public.unit)::public.measure END;

DROP TYPE public.measure__schemadiff_old;

DROP TYPE public.unit__schemadiff_old;

ALTER TABLE public.ingredients ADD CONSTRAINT ingredients_amount_check CHECK ((qty).amount > 0) NOT VALID;

COMMIT;

ALTER TABLE public.ingredients VALIDATE CONSTRAINT ingredients_amount_check;

CREATE INDEX CONCURRENTLY ingredients_unit_idx ON public.ingredients USING btree (((qty).u));
