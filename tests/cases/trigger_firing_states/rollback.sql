-- schemadiff rollback
-- source fingerprint: cbfe9d36a7da3fa2
-- target fingerprint: 109913bc7e3e5f7b
-- 5 statements; hazards: none

BEGIN;

DROP TRIGGER accounts_new ON public.accounts;

CREATE OR REPLACE TRIGGER accounts_audit AFTER UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch();

ALTER TABLE public.accounts DISABLE TRIGGER accounts_audit;

ALTER TABLE public.accounts ENABLE ALWAYS TRIGGER accounts_sync;

ALTER TABLE public.accounts ENABLE TRIGGER accounts_touch;

COMMIT;
