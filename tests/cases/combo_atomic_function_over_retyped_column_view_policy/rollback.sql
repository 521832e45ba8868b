-- schemadiff rollback
-- source fingerprint: 9222c39482f9dd97
-- target fingerprint: 7ef00feee529eae0
-- 11 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP POLICY accounts_positive ON public.accounts;

DROP VIEW public.rich_accounts;

DROP INDEX public.accounts_balance_idx;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_balance_check;

DROP FUNCTION public.account_balance(p_id integer);

ALTER TABLE public.accounts ALTER COLUMN balance DROP DEFAULT;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.accounts ALTER COLUMN balance TYPE integer USING balance::integer;

ALTER TABLE public.accounts ALTER COLUMN balance SET DEFAULT 0;

CREATE OR REPLACE FUNCTION public.account_balance(p_id integer)
 RETURNS integer
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT accounts.balance
    FROM public.accounts
   WHERE (accounts.id = account_balance.p_id);
END;

CREATE VIEW public.rich_accounts AS
 SELECT accounts.id,
    accounts.owner
   FROM public.accounts
  WHERE (public.account_balance(accounts.id) > 1000);

CREATE POLICY accounts_positive ON public.accounts AS PERMISSIVE FOR SELECT TO PUBLIC USING ((public.account_balance(id) >= 0));

COMMIT;
