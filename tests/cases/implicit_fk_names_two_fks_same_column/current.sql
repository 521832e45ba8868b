CREATE SCHEMA ref;
CREATE TABLE ref.countries (code text PRIMARY KEY);
CREATE TABLE public.countries (code text PRIMARY KEY);
CREATE TABLE public.cities (id int PRIMARY KEY, country text, FOREIGN KEY (country) REFERENCES public.countries);
