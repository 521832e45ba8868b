INSERT INTO public.p VALUES (1,'a','m'),(150,'b','n');
INSERT INTO public.c VALUES (1,'z');
