-- schemadiff plan
-- source fingerprint: a935560383610d4d
-- target fingerprint: 78891b0f4496cc53
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.session_cache SET LOGGED;

COMMIT;
