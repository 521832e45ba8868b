-- REPLICA IDENTITY USING INDEX: moved to a new unique index (built
-- concurrently, named after it), cleared to DEFAULT and to FULL, set on a
-- key constraint's index, and on a new table's index
CREATE TABLE public.a (id int NOT NULL, code text NOT NULL);
CREATE UNIQUE INDEX a_code ON public.a (code);
CREATE UNIQUE INDEX a_id ON public.a (id);
ALTER TABLE public.a REPLICA IDENTITY USING INDEX a_id;
CREATE TABLE public.b (id int NOT NULL, code text NOT NULL);
CREATE UNIQUE INDEX b_code ON public.b (code);
CREATE TABLE public.c (id int PRIMARY KEY, code text NOT NULL, CONSTRAINT c_code_key UNIQUE (code));
ALTER TABLE public.c REPLICA IDENTITY USING INDEX c_code_key;
CREATE TABLE public.d (id int NOT NULL, code text NOT NULL);
CREATE UNIQUE INDEX d_code ON public.d (code);
ALTER TABLE public.d REPLICA IDENTITY FULL;
CREATE TABLE public.e (id int NOT NULL);
CREATE UNIQUE INDEX e_id ON public.e (id);
ALTER TABLE public.e REPLICA IDENTITY USING INDEX e_id;
