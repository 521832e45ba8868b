-- schemadiff rollback
-- source fingerprint: f036104f0e0f06d4
-- target fingerprint: 10e36eefbf6867b6
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.session_cache SET UNLOGGED;

COMMIT;
