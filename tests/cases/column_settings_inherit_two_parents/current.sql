CREATE TABLE public.named (id int, name text);
CREATE TABLE public.dated (id int, created date);
CREATE TABLE public.things (name text, extra text) INHERITS (public.named, public.dated);
