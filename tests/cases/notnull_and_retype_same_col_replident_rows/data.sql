INSERT INTO public.u VALUES (1,'a',1),(2,'b',2);
INSERT INTO public.uk VALUES (3,'c',3);
