-- schemadiff rollback
-- source fingerprint: 78891b0f4496cc53
-- target fingerprint: a935560383610d4d
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.session_cache SET UNLOGGED;

COMMIT;
