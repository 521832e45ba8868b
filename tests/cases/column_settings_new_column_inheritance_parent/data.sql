INSERT INTO public.cars VALUES (1, 'vw', 4);
