INSERT INTO public.logs VALUES ('2025-02-02', 'm', 'c');
