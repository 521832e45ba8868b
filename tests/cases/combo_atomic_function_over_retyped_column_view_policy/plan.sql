-- schemadiff plan
-- source fingerprint: 7ef00feee529eae0
-- target fingerprint: 9222c39482f9dd97
-- 12 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY accounts_positive ON public.accounts;

DROP VIEW public.rich_accounts;

DROP FUNCTION public.account_balance(p_id integer);

ALTER TABLE public.accounts ALTER COLUMN balance DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN balance TYPE numeric(14,2) USING balance::numeric(14,2);

ALTER TABLE public.accounts ALTER COLUMN balance SET DEFAULT 0;

CREATE OR REPLACE FUNCTION public.account_balance(p_id integer)
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT accounts.balance
    FROM public.accounts
   WHERE (accounts.id = account_balance.p_id);
END;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_balance_check CHECK (balance > -1000) NOT VALID;

CREATE VIEW public.rich_accounts AS
SELECT id, owner, account_balance(id) AS balance FROM accounts WHERE account_balance(id) > 1000;

CREATE POLICY accounts_positive ON public.accounts AS PERMISSIVE FOR SELECT TO PUBLIC USING (account_balance(id) >= 0);

COMMIT;

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_balance_check;

CREATE INDEX CONCURRENTLY accounts_balance_idx ON public.accounts USING btree (balance);
