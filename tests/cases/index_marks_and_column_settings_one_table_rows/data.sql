INSERT INTO public.orders VALUES (1, 10, 'new', 'Lyon', '69001', 'n'), (2, 11, 'paid', 'Paris', '75001', NULL);
