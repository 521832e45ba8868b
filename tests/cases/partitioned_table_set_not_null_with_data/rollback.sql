-- schemadiff rollback
-- source fingerprint: d918dd72e7b0414f
-- target fingerprint: 9cb8f3ede8b7a13a
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.shipments ALTER COLUMN carrier DROP NOT NULL;

COMMIT;
