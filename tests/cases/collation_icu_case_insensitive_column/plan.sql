-- schemadiff plan
-- source fingerprint: 7c85bf8803196821
-- target fingerprint: aa07b3606e7f6775
-- 2 statements; hazards: rewrite

BEGIN;

CREATE COLLATION public.case_insensitive (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);

-- hazard: rewrite
ALTER TABLE public.members ALTER COLUMN username TYPE text COLLATE public.case_insensitive;

COMMIT;
