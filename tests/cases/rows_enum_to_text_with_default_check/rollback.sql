-- schemadiff rollback
-- source fingerprint: f200e344ce637211
-- target fingerprint: a60351ab862910cf
-- 7 statements; hazards: rewrite

BEGIN;

DROP INDEX public.tickets_open_idx;

ALTER TABLE public.tickets DROP CONSTRAINT tickets_state_check;

ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;

CREATE TYPE public.ticket_state AS ENUM ('open', 'pending', 'closed');

-- hazard: rewrite
ALTER TABLE public.tickets ALTER COLUMN state TYPE public.ticket_state USING state::text::public.ticket_state;

ALTER TABLE public.tickets ALTER COLUMN state SET DEFAULT 'open'::public.ticket_state;

COMMIT;

CREATE INDEX CONCURRENTLY tickets_open_idx ON public.tickets USING btree (id) WHERE (state <> 'closed'::public.ticket_state);
