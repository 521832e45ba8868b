-- schemadiff plan
-- source fingerprint: cac6e3485aea71ab
-- target fingerprint: f295fcbb0d9bdda4
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.session_cache SET LOGGED;

COMMIT;
