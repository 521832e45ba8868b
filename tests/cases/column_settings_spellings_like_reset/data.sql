INSERT INTO public.notes VALUES (1, 'b', 't');
