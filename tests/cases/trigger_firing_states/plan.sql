-- schemadiff plan
-- source fingerprint: 109913bc7e3e5f7b
-- target fingerprint: cbfe9d36a7da3fa2
-- 6 statements; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER accounts_audit AFTER UPDATE ON public.accounts FOR EACH ROW WHEN ((old.v IS DISTINCT FROM new.v)) EXECUTE FUNCTION public.touch();

ALTER TABLE public.accounts DISABLE TRIGGER accounts_audit;

ALTER TABLE public.accounts ENABLE TRIGGER accounts_sync;

ALTER TABLE public.accounts ENABLE REPLICA TRIGGER accounts_touch;

CREATE TRIGGER accounts_new BEFORE DELETE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch();

ALTER TABLE public.accounts ENABLE ALWAYS TRIGGER accounts_new;

COMMIT;
