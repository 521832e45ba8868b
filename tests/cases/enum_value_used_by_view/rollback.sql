-- schemadiff rollback
-- source fingerprint: 1793bc1e333b86cb
-- target fingerprint: c134b4f56918b5dd
-- 12 statements; hazards: rewrite

BEGIN;

DROP VIEW public.active_tickets;

DROP VIEW public.ticket_status_counts;

DROP INDEX public.support_tickets_unresolved_idx;

ALTER TYPE public.ticket_status RENAME TO ticket_status__schemadiff_old;

CREATE TYPE public.ticket_status AS ENUM ('new', 'open', 'pending', 'closed');

ALTER TABLE public.support_tickets ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.support_tickets ALTER COLUMN status TYPE public.ticket_status USING status::text::public.ticket_status;

ALTER TABLE public.support_tickets ALTER COLUMN status SET DEFAULT 'new'::public.ticket_status;

DROP TYPE public.ticket_status__schemadiff_old;

CREATE VIEW public.active_tickets AS
 SELECT support_tickets.id,
    support_tickets.subject,
    support_tickets.status,
    support_tickets.assignee
   FROM public.support_tickets
  WHERE (support_tickets.status = ANY (ARRAY['open'::public.ticket_status, 'pending'::public.ticket_status]));

CREATE VIEW public.ticket_status_counts AS
 SELECT support_tickets.status,
    count(*) AS n
   FROM public.support_tickets
  GROUP BY support_tickets.status;

COMMIT;

CREATE INDEX CONCURRENTLY support_tickets_unresolved_idx ON public.support_tickets USING btree (assignee) WHERE (status <> 'closed'::public.ticket_status);
