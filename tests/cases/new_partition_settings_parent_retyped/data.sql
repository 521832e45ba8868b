INSERT INTO public.r VALUES (1,1,'a');
