-- schemadiff plan
-- source fingerprint: b213bb27f58fb7e3
-- target fingerprint: 2a0ecfe142409797
-- 7 statements; hazards: long-lock

SET search_path = public;

BEGIN;

-- hazard: long-lock
ALTER TABLE public.parent ADD CONSTRAINT parent_pkey PRIMARY KEY (id);

ALTER TABLE public.child ADD CONSTRAINT child_id_check CHECK (id > 0) NOT VALID;

ALTER TABLE public.child ADD CONSTRAINT child_pid_check CHECK (parent_id > 0) NOT VALID;

ALTER TABLE public.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parent(id) NOT VALID;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY parent_code_key ON public.parent (code);

ALTER TABLE public.parent ADD CONSTRAINT parent_code_key UNIQUE USING INDEX parent_code_key;

ALTER TABLE public.child VALIDATE CONSTRAINT child_pid_check;
