INSERT INTO public.logs VALUES ('2025-02-02', 'a', 1), ('2026-02-02', 'b', 2);
