-- schemadiff rollback
-- source fingerprint: 3ed889eea269c9b9
-- target fingerprint: 45d618451ab732d8
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.r DROP CONSTRAINT r_tid_fkey;

ALTER TABLE public.t DROP CONSTRAINT t_k;

ALTER TABLE public.t DROP CONSTRAINT t_pkey;

-- hazard: long-lock
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED;

-- hazard: long-lock
ALTER TABLE public.t ADD CONSTRAINT t_k UNIQUE (k) DEFERRABLE;

COMMIT;
