-- schemadiff plan
-- source fingerprint: 7cced40bf36525ea
-- target fingerprint: b3f3d73f6d20de0e
-- 6 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.area(d public.dimensions);

ALTER TYPE public.dimensions RENAME TO dimensions__schemadiff_old;

CREATE TYPE public.dimensions AS (width numeric(8,2), height numeric(8,2), unit text);

-- hazard: rewrite
ALTER TABLE public.boxes ALTER COLUMN size TYPE public.dimensions USING CASE WHEN pg_catalog.num_nulls(size) = 1 THEN NULL ELSE ROW((size).width::numeric(8,2), (size).height::numeric(8,2), (size).unit::text)::public.dimensions END;

DROP TYPE public.dimensions__schemadiff_old;

CREATE OR REPLACE FUNCTION public.area(d public.dimensions)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT (d.width * d.height)::numeric $function$;

COMMIT;
