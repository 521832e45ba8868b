INSERT INTO public.t VALUES (1,1,'"x"',1);
INSERT INTO public.k VALUES (2,2,'{"y":1}',2);
