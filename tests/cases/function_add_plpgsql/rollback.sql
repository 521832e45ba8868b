-- schemadiff rollback
-- source fingerprint: 80b9633df72159c3
-- target fingerprint: fcf14a36c287aa54
-- 2 statements; hazards: none

BEGIN;

DROP FUNCTION public.account_balances();

DROP FUNCTION public.transfer(from_id integer, to_id integer, amount numeric);

COMMIT;
