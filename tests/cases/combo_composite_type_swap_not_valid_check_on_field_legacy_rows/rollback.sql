-- schemadiff rollback
-- source fingerprint: ce9f86e961efb5fb
-- target fingerprint: 52f2dc7bdeb991c8
-- 7 statements; hazards: rewrite

BEGIN;

DROP INDEX public.boxes_h_idx;

ALTER TABLE public.boxes DROP CONSTRAINT boxes_w_check;

ALTER TYPE public.dims RENAME TO dims__schemadiff_old;

CREATE TYPE public.dims AS (w integer, h integer);

-- hazard: rewrite
ALTER TABLE public.boxes ALTER COLUMN size TYPE public.dims USING CASE WHEN pg_catalog.num_nulls(size) = 1 THEN NULL ELSE ROW((size).w::integer, (size).h::integer)::public.dims END;

DROP TYPE public.dims__schemadiff_old;

ALTER TABLE public.boxes ADD CONSTRAINT boxes_w_check CHECK (((size).w > 0)) NOT VALID;

COMMIT;
