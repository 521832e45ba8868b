-- schemadiff rollback
-- source fingerprint: f3e73296dd43d376
-- target fingerprint: 2d156fa2cf9218b7
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.session_cache SET UNLOGGED;

COMMIT;
