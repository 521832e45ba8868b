INSERT INTO public.orders VALUES (1, 'Lyon', '69001', 'FR', 10);
