INSERT INTO public.t VALUES (1, 'ok', 1);
