CREATE TABLE public.country (id int NOT NULL, iso text NOT NULL, name text, CONSTRAINT country_pkey PRIMARY KEY (id), CONSTRAINT country_iso_key UNIQUE (iso));
COMMENT ON CONSTRAINT country_iso_key ON public.country IS 'iso';
ALTER TABLE public.country REPLICA IDENTITY USING INDEX country_iso_key;
ALTER TABLE public.country CLUSTER ON country_pkey;
CREATE TABLE public.city (id int PRIMARY KEY, country_iso text REFERENCES public.country (iso), country_id int REFERENCES public.country (id));
CREATE TABLE public.airport (code text PRIMARY KEY, country_iso text NOT NULL REFERENCES public.country (iso));
CREATE VIEW public.city_country AS SELECT c.id, k.name FROM public.city c JOIN public.country k ON k.id = c.country_id GROUP BY c.id, k.id;
