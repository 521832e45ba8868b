INSERT INTO public.logs VALUES ('2025-02-02', 'm', 'l', 1);
INSERT INTO public.kid VALUES (1, 'o');
