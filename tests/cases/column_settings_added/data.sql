INSERT INTO public.events VALUES (1, 'a', repeat('x', 3000), 5), (2, 'b', NULL, NULL);
