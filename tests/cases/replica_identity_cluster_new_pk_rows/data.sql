INSERT INTO public.tickets VALUES (1, 'r1', 'b'), (2, 'r2', 'c');
