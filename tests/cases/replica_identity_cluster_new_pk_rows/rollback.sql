-- schemadiff rollback
-- source fingerprint: e70b97de5671f8ff
-- target fingerprint: 59ddfebe7051977d
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.tickets DROP CONSTRAINT tickets_ref_key;

ALTER TABLE public.tickets DROP CONSTRAINT tickets_pkey;

-- hazard: long-lock
CREATE UNIQUE INDEX tickets_ref ON public.tickets USING btree (ref);

ALTER TABLE public.tickets CLUSTER ON tickets_ref;

ALTER TABLE public.tickets REPLICA IDENTITY USING INDEX tickets_ref;

COMMIT;
