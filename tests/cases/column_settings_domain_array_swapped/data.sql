INSERT INTO public.contacts VALUES (1, '{a@x.org}', 'a@x.org');
