-- schemadiff rollback
-- source fingerprint: c9c38e7503626569
-- target fingerprint: 12c1183f14f7ebb4
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN flag TYPE smallint USING flag::integer::smallint;

COMMIT;
