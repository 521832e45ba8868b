-- schemadiff plan
-- source fingerprint: 9105dc5820ce4ec3
-- target fingerprint: 320467e0f91e162b
-- 8 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TYPE public.ticket_status ADD VALUE 'new' BEFORE 'open';

ALTER TYPE public.ticket_status ADD VALUE 'archived' AFTER 'closed';

COMMIT;

BEGIN;

ALTER TABLE public.tickets ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.tickets ALTER COLUMN status SET DEFAULT 'new'::public.ticket_status;

CREATE OR REPLACE VIEW public.open_tickets AS
SELECT id, title FROM tickets WHERE status IN ('new', 'open');

ALTER TABLE public.tickets ADD CONSTRAINT tickets_archived_title CHECK (status <> 'archived' OR title IS NOT NULL) NOT VALID;

COMMIT;

ALTER TABLE public.tickets VALIDATE CONSTRAINT tickets_archived_title;

CREATE INDEX CONCURRENTLY tickets_archived_idx ON public.tickets USING btree (id) WHERE status = 'archived';
