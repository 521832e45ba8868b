INSERT INTO public.country VALUES (1,'FR','France'),(2,'DE','Germany');
INSERT INTO public.city VALUES (1,'FR',1),(2,'DE',2);
