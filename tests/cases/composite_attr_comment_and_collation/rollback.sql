-- schemadiff rollback
-- source fingerprint: be08531a289dca78
-- target fingerprint: bf632cd297574ee0
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.person_name RENAME TO person_name__schemadiff_old;

CREATE TYPE public.person_name AS (given text, family text);

-- hazard: rewrite
ALTER TABLE public.authors ALTER COLUMN name TYPE public.person_name USING CASE WHEN pg_catalog.num_nulls(name) = 1 THEN NULL ELSE ROW((name).given::text, (name).family::text)::public.person_name END;

DROP TYPE public.person_name__schemadiff_old;

COMMIT;
