-- schemadiff rollback
-- source fingerprint: d6254172cff37aa6
-- target fingerprint: 353a690e5be49fd2
-- 2 statements; hazards: none

BEGIN;

DROP FUNCTION public.account_balances(OUT account_id integer, OUT balance numeric);

DROP FUNCTION public.transfer(from_id integer, to_id integer, amount numeric);

COMMIT;
