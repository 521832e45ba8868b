INSERT INTO public.items VALUES (1, 2.5);
INSERT INTO app.items VALUES (1, 3);
