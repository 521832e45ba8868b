INSERT INTO public.devices VALUES ('s1', 'm'), ('s2', 'm');
