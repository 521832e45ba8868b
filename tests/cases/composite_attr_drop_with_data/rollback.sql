-- schemadiff rollback
-- source fingerprint: 5e9db35eeb5ef892
-- target fingerprint: 8373ffca04de8740
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.address RENAME TO address__schemadiff_old;

CREATE TYPE public.address AS (street text, city text, zip text);

-- hazard: rewrite
ALTER TABLE public.shops ALTER COLUMN addr TYPE public.address USING CASE WHEN pg_catalog.num_nulls(addr) = 1 THEN NULL ELSE ROW((addr).street::text, (addr).city::text, NULL::text)::public.address END;

DROP TYPE public.address__schemadiff_old;

COMMIT;
