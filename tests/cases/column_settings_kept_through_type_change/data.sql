INSERT INTO public.items VALUES (1, 10, 'ten', '10');
