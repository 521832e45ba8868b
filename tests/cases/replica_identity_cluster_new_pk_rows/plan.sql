-- schemadiff plan
-- source fingerprint: e11170ea1541fdca
-- target fingerprint: f80efe0032350afb
-- 5 statements; hazards: long-lock

BEGIN;

DROP INDEX public.tickets_ref;

-- hazard: long-lock
ALTER TABLE public.tickets ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);

ALTER TABLE public.tickets REPLICA IDENTITY USING INDEX tickets_pkey;

-- hazard: long-lock
ALTER TABLE public.tickets ADD CONSTRAINT tickets_ref_key UNIQUE (ref);

ALTER TABLE public.tickets CLUSTER ON tickets_ref_key;

COMMIT;
