INSERT INTO public.m VALUES (1,1,'2025-01-02','x',1),(2,2,'2025-01-02','y',2);
