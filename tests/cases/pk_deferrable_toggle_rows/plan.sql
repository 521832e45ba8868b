-- schemadiff plan
-- source fingerprint: 45d618451ab732d8
-- target fingerprint: 3ed889eea269c9b9
-- 6 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.t DROP CONSTRAINT t_k;

ALTER TABLE public.t DROP CONSTRAINT t_pkey;

-- hazard: long-lock
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.t ADD CONSTRAINT t_k UNIQUE (k) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE public.r ADD CONSTRAINT r_tid_fkey FOREIGN KEY (tid) REFERENCES public.t(id) DEFERRABLE INITIALLY DEFERRED NOT VALID;

COMMIT;

ALTER TABLE public.r VALIDATE CONSTRAINT r_tid_fkey;
