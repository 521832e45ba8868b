-- schemadiff plan
-- source fingerprint: 59ddfebe7051977d
-- target fingerprint: e70b97de5671f8ff
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
