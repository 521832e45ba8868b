INSERT INTO public.p VALUES (1,'a',1),(2,'b',2);
