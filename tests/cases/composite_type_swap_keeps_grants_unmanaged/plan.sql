-- schemadiff plan
-- source fingerprint: c601c612635fac12
-- target fingerprint: f3f33dcdb3bea944
-- 6 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.address RENAME TO address__schemadiff_old;

CREATE TYPE public.address AS (zip text, street text, city text);

GRANT USAGE ON TYPE public.address TO sd_writer;

REVOKE ALL ON TYPE public.address FROM PUBLIC;

-- hazard: rewrite
ALTER TABLE public.customers ALTER COLUMN addr TYPE public.address USING CASE WHEN pg_catalog.num_nulls(addr) = 1 THEN NULL ELSE ROW((addr).zip::text, (addr).street::text, (addr).city::text)::public.address END;

DROP TYPE public.address__schemadiff_old;

COMMIT;
