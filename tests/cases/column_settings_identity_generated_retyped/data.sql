INSERT INTO public.posts (title) VALUES ('Hello'), ('World');
