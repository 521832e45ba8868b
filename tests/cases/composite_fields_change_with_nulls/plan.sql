-- schemadiff plan
-- source fingerprint: bf65dfd1a1fd0615
-- target fingerprint: ae9e2bada873bb40
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.pair RENAME TO pair__schemadiff_old;

CREATE TYPE public.pair AS (amount bigint, label text, noted_on date);

-- hazard: rewrite
ALTER TABLE public.ledger ALTER COLUMN main TYPE public.pair USING CASE WHEN pg_catalog.num_nulls(main) = 1 THEN NULL ELSE ROW((main).amount::bigint, (main).label::text, NULL::date)::public.pair END;

DROP TYPE public.pair__schemadiff_old;

COMMIT;
