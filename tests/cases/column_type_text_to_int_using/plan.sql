-- schemadiff plan
-- source fingerprint: fe554dbf62ad5b46
-- target fingerprint: afff2ffac1c9c320
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN row_count TYPE integer USING row_count::integer;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN year TYPE smallint USING year::smallint;

COMMIT;
