-- schemadiff rollback
-- source fingerprint: 7ed85e3ce3001e3c
-- target fingerprint: 82b09c44ccba83d9
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.t ALTER COLUMN code TYPE text USING code::text;

COMMIT;
