-- schemadiff plan
-- source fingerprint: 6f7328f3dcdcf5e8
-- target fingerprint: 2cc917c21a45c999
-- 5 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.account_balance(p_id bigint);

DROP FUNCTION public.total_balance();

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN balance TYPE bigint USING balance::bigint;

CREATE OR REPLACE FUNCTION public.account_balance(p_id bigint)
 RETURNS bigint
 LANGUAGE sql
 STABLE
RETURN (SELECT accounts.balance FROM public.accounts WHERE (accounts.id = account_balance.p_id));

CREATE OR REPLACE FUNCTION public.total_balance()
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(accounts.balance) AS sum
    FROM public.accounts;
END;

COMMIT;
