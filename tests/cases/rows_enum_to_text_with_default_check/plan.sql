-- schemadiff plan
-- source fingerprint: a60351ab862910cf
-- target fingerprint: f200e344ce637211
-- 8 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP INDEX public.tickets_open_idx;

ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.tickets ALTER COLUMN state TYPE text USING state::text::text;

ALTER TABLE public.tickets ALTER COLUMN state SET DEFAULT 'open'::text;

DROP TYPE public.ticket_state;

ALTER TABLE public.tickets ADD CONSTRAINT tickets_state_check CHECK (state IN ('open', 'pending', 'closed', 'archived')) NOT VALID;

COMMIT;

ALTER TABLE public.tickets VALIDATE CONSTRAINT tickets_state_check;

CREATE INDEX CONCURRENTLY tickets_open_idx ON public.tickets USING btree (id) WHERE state <> 'closed';
