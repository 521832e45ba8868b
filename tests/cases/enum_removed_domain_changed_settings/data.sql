INSERT INTO public.users VALUES (1,'new','a@b',1),(2,'active','c@d',2),(3,'closed','e@f',2);
