INSERT INTO public.docs VALUES (1, 't', 'b', '42', 1);
