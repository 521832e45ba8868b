INSERT INTO public.events VALUES (1, 'k', 's');
