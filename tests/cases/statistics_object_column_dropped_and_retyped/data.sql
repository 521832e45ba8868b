INSERT INTO public.readings VALUES (1, 7, 3, 'x');
