-- schemadiff plan
-- source fingerprint: c134b4f56918b5dd
-- target fingerprint: 1793bc1e333b86cb
-- 12 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.active_tickets;

DROP VIEW public.ticket_status_counts;

DROP INDEX public.support_tickets_unresolved_idx;

ALTER TYPE public.ticket_status RENAME TO ticket_status__schemadiff_old;

CREATE TYPE public.ticket_status AS ENUM ('open', 'pending', 'on_hold', 'closed');

ALTER TABLE public.support_tickets ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.support_tickets ALTER COLUMN status TYPE public.ticket_status USING status::text::public.ticket_status;

ALTER TABLE public.support_tickets ALTER COLUMN status SET DEFAULT 'open'::public.ticket_status;

DROP TYPE public.ticket_status__schemadiff_old;

CREATE VIEW public.active_tickets AS
SELECT id, subject, status, assignee
    FROM support_tickets
    WHERE status IN ('open', 'pending');

CREATE VIEW public.ticket_status_counts AS
SELECT status, count(*) AS n
    FROM support_tickets
    GROUP BY status;

COMMIT;

CREATE INDEX CONCURRENTLY support_tickets_unresolved_idx ON public.support_tickets USING btree (assignee) WHERE status <> 'closed';
