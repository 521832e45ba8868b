INSERT INTO public.events VALUES (1, '2025-01-01', 'a'), (2, '2025-01-02', 'b');
