INSERT INTO public.ev VALUES (1,'2025-02-02','k','b'),(2,'2026-02-02','k','b');
