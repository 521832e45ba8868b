INSERT INTO public.t VALUES (1, 2, 3), (2, 1, 3);
INSERT INTO public.u VALUES (1, 1);
INSERT INTO public.w VALUES (1, 1);
INSERT INTO public.s VALUES (1, 1);
