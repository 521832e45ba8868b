INSERT INTO public.doc VALUES (1,'A'),(2,'B');
