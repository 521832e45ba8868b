INSERT INTO public.tickets VALUES (1, '1', 'q');
