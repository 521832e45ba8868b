-- schemadiff rollback
-- source fingerprint: dd176c179c9dbcd0
-- target fingerprint: 34fc6601950d4f0f
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.accounts FORCE ROW LEVEL SECURITY;

ALTER TABLE public.audit NO FORCE ROW LEVEL SECURITY;

COMMIT;
