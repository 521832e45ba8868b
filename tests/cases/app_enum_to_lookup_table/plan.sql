-- schemadiff plan
-- source fingerprint: f75dcc91068e4b3a
-- target fingerprint: 60492a2b35dbf98a
-- 11 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.open_tickets;

DROP INDEX public.tickets_open_idx;

ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.tickets ALTER COLUMN state TYPE text USING state::text::text;

ALTER TABLE public.tickets ALTER COLUMN state SET DEFAULT 'open'::text;

DROP TYPE public.ticket_state;

CREATE TABLE public.ticket_states (
    code text NOT NULL,
    label text NOT NULL,
    is_terminal boolean DEFAULT false NOT NULL
);

ALTER TABLE public.ticket_states ADD CONSTRAINT ticket_states_pkey PRIMARY KEY (code);

ALTER TABLE public.tickets ADD CONSTRAINT tickets_state_fkey FOREIGN KEY (state) REFERENCES public.ticket_states(code) ON UPDATE CASCADE NOT VALID;

CREATE VIEW public.open_tickets AS
select id, title, state from tickets where state <> 'closed';

COMMIT;

CREATE INDEX CONCURRENTLY tickets_open_idx ON public.tickets USING btree (opened_at) WHERE state <> 'closed';
