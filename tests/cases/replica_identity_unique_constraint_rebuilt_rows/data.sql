INSERT INTO public.members VALUES (1, 1, 'a'), (2, 2, 'b');
