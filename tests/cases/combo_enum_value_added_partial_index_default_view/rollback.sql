-- schemadiff rollback
-- source fingerprint: 320467e0f91e162b
-- target fingerprint: 9105dc5820ce4ec3
-- 10 statements; hazards: rewrite

BEGIN;

DROP VIEW public.open_tickets;

DROP INDEX public.tickets_archived_idx;

ALTER TABLE public.tickets DROP CONSTRAINT tickets_archived_title;

ALTER TYPE public.ticket_status RENAME TO ticket_status__schemadiff_old;

CREATE TYPE public.ticket_status AS ENUM ('open', 'closed');

ALTER TABLE public.tickets ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.tickets ALTER COLUMN status TYPE public.ticket_status USING status::text::public.ticket_status;

ALTER TABLE public.tickets ALTER COLUMN status SET DEFAULT 'open'::public.ticket_status;

DROP TYPE public.ticket_status__schemadiff_old;

CREATE VIEW public.open_tickets AS
 SELECT tickets.id,
    tickets.title
   FROM public.tickets
  WHERE (tickets.status = 'open'::public.ticket_status);

COMMIT;
