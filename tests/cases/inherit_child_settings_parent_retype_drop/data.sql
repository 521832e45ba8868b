INSERT INTO public.base VALUES (1,'b','t',3);
INSERT INTO public.child VALUES (2,'bb','tt',4,5);
