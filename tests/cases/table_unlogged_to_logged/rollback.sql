-- schemadiff rollback
-- source fingerprint: f295fcbb0d9bdda4
-- target fingerprint: cac6e3485aea71ab
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.session_cache SET UNLOGGED;

COMMIT;
