INSERT INTO public.logs_2026 VALUES ('2026-02-02', 'm');
