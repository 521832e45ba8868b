-- schemadiff rollback
-- source fingerprint: 9b01f3c847896c07
-- target fingerprint: b2f724da079510e3
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

ALTER TABLE public.tickets ALTER COLUMN ticket_no DROP DEFAULT;

DROP FUNCTION public.next_ticket_no();

CREATE OR REPLACE FUNCTION public.next_ticket_no()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT nextval('ticket_no_seq')::integer $function$;

ALTER TABLE public.tickets ALTER COLUMN ticket_no SET DEFAULT public.next_ticket_no();

COMMIT;
