INSERT INTO public.measurements VALUES (1, '2025-03-01', 'r');
INSERT INTO public.child VALUES (1, 'p', 'e');
