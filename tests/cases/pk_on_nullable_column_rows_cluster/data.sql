INSERT INTO public.legacy VALUES ('a',1),('b',2);
INSERT INTO public.ref VALUES (1,'a');
