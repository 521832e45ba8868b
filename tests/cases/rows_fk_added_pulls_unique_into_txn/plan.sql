-- schemadiff plan
-- source fingerprint: db16ee6ce3605612
-- target fingerprint: c0456a40fcee0689
-- 3 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.a ADD CONSTRAINT a_e_key UNIQUE (e);

ALTER TABLE public.b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a(id) NOT VALID;

COMMIT;

ALTER TABLE public.b VALIDATE CONSTRAINT b_a_id_fkey;
