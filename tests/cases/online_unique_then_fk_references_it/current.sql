CREATE TABLE public.country (id int NOT NULL, iso text, name text);
CREATE TABLE public.city (id int PRIMARY KEY, country_iso text, country_id int);
