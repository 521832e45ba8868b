-- schemadiff plan
-- source fingerprint: fcf14a36c287aa54
-- target fingerprint: 80b9633df72159c3
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.account_balances(OUT account_id integer, OUT balance numeric)
 RETURNS SETOF record
 LANGUAGE plpgsql
 STABLE
AS $function$
BEGIN
    RETURN QUERY SELECT a.id, a.balance FROM accounts a ORDER BY a.id;
END;
$function$;

CREATE OR REPLACE FUNCTION public.transfer(from_id integer, to_id integer, amount numeric)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
DECLARE
    available numeric;
BEGIN
    SELECT balance INTO available FROM accounts WHERE id = from_id FOR UPDATE;
    IF available IS NULL THEN
        RAISE EXCEPTION 'account % not found', from_id;
    END IF;
    IF available < amount THEN
        RAISE EXCEPTION 'insufficient funds in account %', from_id
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE accounts SET balance = balance - amount WHERE id = from_id;
    UPDATE accounts SET balance = balance + amount WHERE id = to_id;
END;
$function$;

COMMIT;
