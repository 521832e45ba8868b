-- schemadiff plan
-- source fingerprint: 7dcc8e1a94826409
-- target fingerprint: 235cbe08df093cef
-- 18 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY acc_pol ON public.accounts;

DROP TRIGGER accounts_guard ON public.accounts;

DROP MATERIALIZED VIEW public.account_totals;

DROP VIEW public.account_view;

-- hazard: data-loss,irreversible
ALTER TABLE public.accounts DROP COLUMN balance_x2;

DROP FUNCTION public.account_balance(c character varying);

ALTER TABLE public.accounts ALTER COLUMN balance DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN balance TYPE bigint USING balance::bigint;

ALTER TABLE public.accounts ALTER COLUMN balance SET DEFAULT 0;

ALTER TABLE public.accounts ALTER COLUMN code TYPE character varying(16);

-- hazard: rewrite
ALTER TABLE public.transfers ALTER COLUMN amount TYPE bigint USING amount::bigint;

ALTER TABLE public.transfers ALTER COLUMN from_code TYPE character varying(16);

CREATE OR REPLACE FUNCTION public.account_balance(c character varying)
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT accounts.balance
    FROM public.accounts
   WHERE ((accounts.code)::text = (account_balance.c)::text);
END;

-- hazard: rewrite
ALTER TABLE public.accounts ADD COLUMN balance_x2 bigint GENERATED ALWAYS AS ((balance * 2)) STORED;

CREATE VIEW public.account_view AS
SELECT id, code, balance, rank() OVER (ORDER BY balance DESC) AS r FROM accounts;

CREATE MATERIALIZED VIEW public.account_totals AS
 SELECT sum(account_view.balance) AS total
   FROM public.account_view;

CREATE TRIGGER accounts_guard BEFORE UPDATE OF balance ON public.accounts FOR EACH ROW WHEN ((new.balance < 0)) EXECUTE FUNCTION public.guard();

CREATE POLICY acc_pol ON public.accounts AS PERMISSIVE FOR ALL TO PUBLIC USING (balance >= 0 OR current_setting('app.admin', true) = 'on');

COMMIT;
