INSERT INTO public.line_items VALUES (1, 1, 'a'), (2, 1, 'b');
