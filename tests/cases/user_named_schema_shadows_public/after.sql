INSERT INTO public.items (qty, k) VALUES (3, 'a');
