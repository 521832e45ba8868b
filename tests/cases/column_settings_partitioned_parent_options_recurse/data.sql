INSERT INTO public.metrics VALUES (1, '2025-02-01', 'h1'), (2, '2026-02-01', 'h2');
