INSERT INTO public.t VALUES (1,1,'a'),(1,2,'b');
INSERT INTO public.u VALUES (1,1);
