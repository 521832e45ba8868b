-- schemadiff rollback
-- source fingerprint: b996e1bc3ca49e2c
-- target fingerprint: cdc2efec5828e4fa
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.transfer(src integer, dst integer, amt numeric);

CREATE OR REPLACE FUNCTION public.transfer(src integer, dst integer, amt numeric)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
BEGIN
  UPDATE accounts SET balance = balance - amt WHERE id = src;
  UPDATE accounts SET balance = balance + amt WHERE id = dst;
END $function$;

REVOKE ALL ON FUNCTION public.transfer(src integer, dst integer, amt numeric) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION public.transfer(src integer, dst integer, amt numeric) TO sd_writer;

COMMIT;
