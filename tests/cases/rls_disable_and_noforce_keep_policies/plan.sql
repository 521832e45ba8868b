-- schemadiff plan
-- source fingerprint: 34fc6601950d4f0f
-- target fingerprint: dd176c179c9dbcd0
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.accounts DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.accounts NO FORCE ROW LEVEL SECURITY;

ALTER TABLE public.audit FORCE ROW LEVEL SECURITY;

COMMIT;
