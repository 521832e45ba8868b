-- schemadiff plan
-- source fingerprint: ae21d5fdca2937b8
-- target fingerprint: fb2da40ddace0fa3
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN search_key;

ALTER TABLE public.people ALTER COLUMN full_name DROP EXPRESSION;

-- hazard: rewrite
ALTER TABLE public.people ADD COLUMN search_key text GENERATED ALWAYS AS (((lower(first_name) || ':'::text) || lower(last_name))) STORED;

COMMIT;
