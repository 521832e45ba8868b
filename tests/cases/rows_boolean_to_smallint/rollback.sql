-- schemadiff rollback
-- source fingerprint: 12c1183f14f7ebb4
-- target fingerprint: c9c38e7503626569
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN flag TYPE boolean USING flag::integer::boolean;

COMMIT;
