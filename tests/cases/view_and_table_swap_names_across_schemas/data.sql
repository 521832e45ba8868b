INSERT INTO public.report VALUES (1, 1);
