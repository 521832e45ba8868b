-- schemadiff plan
-- source fingerprint: 82b09c44ccba83d9
-- target fingerprint: 7ed85e3ce3001e3c
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN code TYPE character varying(3);

COMMIT;
