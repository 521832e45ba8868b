-- schemadiff rollback
-- source fingerprint: f80efe0032350afb
-- target fingerprint: e11170ea1541fdca
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.tickets DROP CONSTRAINT tickets_ref_key;

ALTER TABLE public.tickets DROP CONSTRAINT tickets_pkey;

-- hazard: long-lock
CREATE UNIQUE INDEX tickets_ref ON public.tickets USING btree (ref);

ALTER TABLE public.tickets CLUSTER ON tickets_ref;

ALTER TABLE public.tickets REPLICA IDENTITY USING INDEX tickets_ref;

COMMIT;
