-- schemadiff rollback
-- source fingerprint: c53db53aac7c459d
-- target fingerprint: c8e3c5a768e1585f
-- 7 statements; hazards: rewrite

BEGIN;

DROP VIEW public.active_tickets;

ALTER TYPE public.ticket_status RENAME TO ticket_status__schemadiff_old;

CREATE TYPE public.ticket_status AS ENUM ('open', 'closed');

ALTER TABLE public.tickets ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.tickets ALTER COLUMN status TYPE public.ticket_status USING status::text::public.ticket_status;

ALTER TABLE public.tickets ALTER COLUMN status SET DEFAULT 'open'::public.ticket_status;

DROP TYPE public.ticket_status__schemadiff_old;

COMMIT;
