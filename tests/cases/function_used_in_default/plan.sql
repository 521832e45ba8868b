-- schemadiff plan
-- source fingerprint: 6c9398aa8f081571
-- target fingerprint: 53b713e824ccba25
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
