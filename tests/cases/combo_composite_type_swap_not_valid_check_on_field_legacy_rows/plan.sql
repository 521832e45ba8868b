-- schemadiff plan
-- source fingerprint: 52f2dc7bdeb991c8
-- target fingerprint: ce9f86e961efb5fb
-- 7 statements; hazards: rewrite

SET search_path = public;

BEGIN;

ALTER TABLE public.boxes DROP CONSTRAINT boxes_w_check;

ALTER TYPE public.dims RENAME TO dims__schemadiff_old;

CREATE TYPE public.dims AS (w numeric, h numeric);

-- hazard: rewrite
ALTER TABLE public.boxes ALTER COLUMN size TYPE public.dims USING CASE WHEN pg_catalog.num_nulls(size) = 1 THEN NULL ELSE ROW((size).w::numeric, (size).h::numeric)::public.dims END;

DROP TYPE public.dims__schemadiff_old;

ALTER TABLE public.boxes ADD CONSTRAINT boxes_w_check CHECK ((size).w > 0) NOT VALID;

COMMIT;

CREATE INDEX CONCURRENTLY boxes_h_idx ON public.boxes USING btree (((size).h));
