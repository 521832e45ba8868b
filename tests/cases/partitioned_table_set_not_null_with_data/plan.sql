-- schemadiff plan
-- source fingerprint: 9cb8f3ede8b7a13a
-- target fingerprint: d918dd72e7b0414f
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.shipments ALTER COLUMN carrier SET NOT NULL;

COMMIT;
