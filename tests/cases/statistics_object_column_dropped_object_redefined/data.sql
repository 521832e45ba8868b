INSERT INTO public.addresses VALUES (1, 's', 'c', 'z', 'st');
