INSERT INTO public.products VALUES (1, 'S1', 'one'), (2, 'S2', 'two');
