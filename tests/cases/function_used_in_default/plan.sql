-- schemadiff plan
-- source fingerprint: b2f724da079510e3
-- target fingerprint: 9b01f3c847896c07
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

ALTER TABLE public.tickets ALTER COLUMN ticket_no DROP DEFAULT;

DROP FUNCTION public.next_ticket_no();

CREATE OR REPLACE FUNCTION public.next_ticket_no()
 RETURNS bigint
 LANGUAGE sql
AS $function$ SELECT nextval('ticket_no_seq') $function$;

ALTER TABLE public.tickets ALTER COLUMN ticket_no SET DEFAULT public.next_ticket_no();

COMMIT;
