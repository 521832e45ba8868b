INSERT INTO public.sales VALUES ('eu', '2025-03-01', 1, 'x'), ('us', '2025-03-01', 2, 'y');
