INSERT INTO public.ev VALUES (1,'eu','2025-03-01','p1'),(2,'us','2025-03-01','p2');
