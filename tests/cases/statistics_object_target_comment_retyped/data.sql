INSERT INTO public.readings VALUES (1, 1, 1, 'a'), (2, 2, 1, 'B');
