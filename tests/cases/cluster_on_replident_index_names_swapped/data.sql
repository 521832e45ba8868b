INSERT INTO public.t VALUES (1, 2, 'x'), (2, 1, 'y');
INSERT INTO public.r VALUES (1, 1);
