-- schemadiff plan
-- source fingerprint: 8f4bda0d083a84f2
-- target fingerprint: bafeb9bca9d3fc67
-- 4 statements; hazards: rewrite

BEGIN;

CREATE COLLATION public.case_insensitive (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);

-- hazard: rewrite
ALTER TABLE public.post_tags ALTER COLUMN tag TYPE text COLLATE public.case_insensitive;

-- hazard: rewrite
ALTER TABLE public.tags ALTER COLUMN name TYPE text COLLATE public.case_insensitive;

COMMENT ON COLLATION public.case_insensitive IS 'ICU, ignores case';

COMMIT;
