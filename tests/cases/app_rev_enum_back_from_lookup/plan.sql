-- schemadiff plan
-- source fingerprint: 60492a2b35dbf98a
-- target fingerprint: f75dcc91068e4b3a
-- 10 statements; hazards: data-loss,rewrite,irreversible

SET search_path = "$user", public;

BEGIN;

DROP VIEW public.open_tickets;

DROP INDEX public.tickets_open_idx;

ALTER TABLE public.tickets DROP CONSTRAINT tickets_state_fkey;

-- hazard: data-loss,irreversible
DROP TABLE public.ticket_states;

ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;

CREATE TYPE public.ticket_state AS ENUM ('open', 'in_progress', 'closed');

-- hazard: rewrite
ALTER TABLE public.tickets ALTER COLUMN state TYPE public.ticket_state USING state::text::public.ticket_state;

ALTER TABLE public.tickets ALTER COLUMN state SET DEFAULT 'open'::public.ticket_state;

CREATE VIEW public.open_tickets AS
select id, title, state from tickets where state <> 'closed';

COMMIT;

CREATE INDEX CONCURRENTLY tickets_open_idx ON public.tickets USING btree (opened_at) WHERE state <> 'closed';
