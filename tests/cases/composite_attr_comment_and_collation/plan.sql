-- schemadiff plan
-- source fingerprint: bf632cd297574ee0
-- target fingerprint: be08531a289dca78
-- 7 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.person_name RENAME TO person_name__schemadiff_old;

CREATE TYPE public.person_name AS (given text COLLATE pg_catalog."C", family text COLLATE pg_catalog."C", suffix text);

COMMENT ON COLUMN public.person_name.given IS 'first name(s)';

COMMENT ON COLUMN public.person_name.family IS 'surname';

-- hazard: rewrite
ALTER TABLE public.authors ALTER COLUMN name TYPE public.person_name USING CASE WHEN pg_catalog.num_nulls(name) = 1 THEN NULL ELSE ROW((name).given::text, (name).family::text, NULL::text)::public.person_name END;

DROP TYPE public.person_name__schemadiff_old;

COMMENT ON TYPE public.person_name IS 'a person''s name, split';

COMMIT;
