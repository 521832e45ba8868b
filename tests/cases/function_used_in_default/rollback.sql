-- schemadiff rollback
-- source fingerprint: 53b713e824ccba25
-- target fingerprint: 6c9398aa8f081571
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
