-- schemadiff plan
-- source fingerprint: c8e3c5a768e1585f
-- target fingerprint: c53db53aac7c459d
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TYPE public.ticket_status ADD VALUE 'triage' BEFORE 'open';

ALTER TYPE public.ticket_status ADD VALUE 'pending' AFTER 'open';

COMMIT;

BEGIN;

ALTER TABLE public.tickets ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN status SET DEFAULT 'triage'::public.ticket_status;

CREATE VIEW public.active_tickets AS
SELECT id, title FROM tickets WHERE status IN ('triage', 'open', 'pending');

COMMIT;
