-- schemadiff plan
-- source fingerprint: c2138e5ab11e217b
-- target fingerprint: 67b023776570d749
-- 10 statements; hazards: none

BEGIN;

ALTER TABLE public.b REPLICA IDENTITY DEFAULT;

ALTER TABLE public.d REPLICA IDENTITY FULL;

CREATE TABLE public.e (
    id integer NOT NULL
);

CREATE UNIQUE INDEX e_id ON public.e USING btree (id);

ALTER TABLE public.e REPLICA IDENTITY USING INDEX e_id;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY c_code_key ON public.c (code);

ALTER TABLE public.c ADD CONSTRAINT c_code_key UNIQUE USING INDEX c_code_key;

ALTER TABLE public.c REPLICA IDENTITY USING INDEX c_code_key;

CREATE UNIQUE INDEX CONCURRENTLY a_id ON public.a USING btree (id);

ALTER TABLE public.a REPLICA IDENTITY USING INDEX a_id;
