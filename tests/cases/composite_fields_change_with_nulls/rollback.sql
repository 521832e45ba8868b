-- schemadiff rollback
-- source fingerprint: ae9e2bada873bb40
-- target fingerprint: bf65dfd1a1fd0615
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.pair RENAME TO pair__schemadiff_old;

CREATE TYPE public.pair AS (label text, amount integer, obsolete boolean);

-- hazard: rewrite
ALTER TABLE public.ledger ALTER COLUMN main TYPE public.pair USING CASE WHEN pg_catalog.num_nulls(main) = 1 THEN NULL ELSE ROW((main).label::text, (main).amount::integer, NULL::boolean)::public.pair END;

DROP TYPE public.pair__schemadiff_old;

COMMIT;
