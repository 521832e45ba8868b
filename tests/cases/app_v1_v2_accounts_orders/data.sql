INSERT INTO public.accounts VALUES (1,'a@x','A'),(2,'b@x','B');
INSERT INTO public.orders VALUES (1,1,'placed',10,'n'),(2,2,'draft',20,NULL),(3,1,'shipped',5,'m');
