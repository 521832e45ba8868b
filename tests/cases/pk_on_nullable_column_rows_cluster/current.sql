CREATE TABLE public.legacy (code text, val int);
CREATE TABLE public.ref (id int PRIMARY KEY, legacy_code text);
