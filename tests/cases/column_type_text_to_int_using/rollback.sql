-- schemadiff rollback
-- source fingerprint: afff2ffac1c9c320
-- target fingerprint: fe554dbf62ad5b46
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN row_count TYPE text USING row_count::text;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN year TYPE text USING year::text;

COMMIT;
