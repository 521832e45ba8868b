INSERT INTO ref.countries VALUES ('de'); INSERT INTO public.countries VALUES ('de');
INSERT INTO public.cities VALUES (1, 'de');
