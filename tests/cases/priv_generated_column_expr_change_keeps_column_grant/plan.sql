-- schemadiff plan
-- source fingerprint: 23927873cd1efc7b
-- target fingerprint: 2a120536dfb31de3
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN full_name;

-- hazard: rewrite
ALTER TABLE public.people ADD COLUMN full_name text GENERATED ALWAYS AS (((COALESCE(first, ''::text) || ' '::text) || COALESCE(last, ''::text))) STORED;

GRANT SELECT (full_name) ON TABLE public.people TO sd_reader;

COMMIT;
