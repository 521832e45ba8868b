INSERT INTO public.orders VALUES (1,'a','x'),(2,'b','y');
