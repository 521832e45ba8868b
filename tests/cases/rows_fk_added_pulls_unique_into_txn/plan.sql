-- schemadiff plan
-- source fingerprint: db16ee6ce3605612
-- target fingerprint: c0456a40fcee0689
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a(id) NOT VALID;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY a_e_key ON public.a (e);

ALTER TABLE public.a ADD CONSTRAINT a_e_key UNIQUE USING INDEX a_e_key;

ALTER TABLE public.b VALIDATE CONSTRAINT b_a_id_fkey;
