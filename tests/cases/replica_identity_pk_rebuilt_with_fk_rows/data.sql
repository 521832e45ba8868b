INSERT INTO public.tenants VALUES (1);
INSERT INTO public.projects VALUES (1, 1, 'p');
INSERT INTO public.tasks VALUES (1, 1);
