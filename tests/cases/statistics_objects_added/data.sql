INSERT INTO public.orders VALUES (1, 'Lyon', '69001', 10), (2, 'Paris', '75001', 20);
