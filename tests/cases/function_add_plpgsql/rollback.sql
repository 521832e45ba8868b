-- schemadiff rollback
-- source fingerprint: 200bb1769ed68da9
-- target fingerprint: fcf14a36c287aa54
-- 2 statements; hazards: none

BEGIN;

DROP FUNCTION public.account_balances(OUT account_id integer, OUT balance numeric);

DROP FUNCTION public.transfer(from_id integer, to_id integer, amount numeric);

COMMIT;
