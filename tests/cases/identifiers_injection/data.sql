INSERT INTO public.victim VALUES (1, 'must survive'), (2, 'this too');
