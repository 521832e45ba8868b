-- schemadiff plan
-- source fingerprint: 2d156fa2cf9218b7
-- target fingerprint: f3e73296dd43d376
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.session_cache SET LOGGED;

COMMIT;
