-- schemadiff plan
-- source fingerprint: cdc2efec5828e4fa
-- target fingerprint: b996e1bc3ca49e2c
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.transfer(src integer, dst integer, amt numeric);

CREATE OR REPLACE FUNCTION public.transfer(src integer, dst integer, amt numeric)
 RETURNS numeric
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
DECLARE remaining numeric;
BEGIN
  UPDATE accounts SET balance = balance - amt WHERE id = src RETURNING balance INTO remaining;
  UPDATE accounts SET balance = balance + amt WHERE id = dst;
  RETURN remaining;
END $function$;

REVOKE ALL ON FUNCTION public.transfer(src integer, dst integer, amt numeric) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION public.transfer(src integer, dst integer, amt numeric) TO sd_writer;

COMMIT;
