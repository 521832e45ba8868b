INSERT INTO public.tok VALUES (1,1),(2,2);
