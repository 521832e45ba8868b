INSERT INTO public.pg_class VALUES (1, 'a');
INSERT INTO public.names VALUES ('a'), ('b');
