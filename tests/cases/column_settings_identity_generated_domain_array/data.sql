INSERT INTO public.users (first, last, mail, tags) VALUES ('a', 'b', 'a@b', '{x}');
