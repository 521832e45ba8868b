INSERT INTO public.things VALUES (1, 'n', '2025-01-01', 'e');
