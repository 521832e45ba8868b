-- schemadiff rollback
-- source fingerprint: 922cdfd750a8d3b6
-- target fingerprint: ed93714c984a2a76
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

DROP TRIGGER accounts_first_login ON public.accounts;

DROP VIEW public.last_logins;

-- hazard: data-loss,irreversible
DROP TABLE public.account_logins;

DROP FUNCTION public.accounts_first_login();

ALTER TABLE public.accounts ADD COLUMN last_login timestamp with time zone;

COMMIT;

CREATE INDEX CONCURRENTLY accounts_last_login_idx ON public.accounts USING btree (last_login);
