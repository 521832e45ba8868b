CREATE TABLE public.named (id int, name text);
CREATE TABLE public.dated (id int, created date);
CREATE TABLE public.things (name text, extra text) INHERITS (public.named, public.dated);
ALTER TABLE public.named ALTER COLUMN name SET STATISTICS 700;
ALTER TABLE ONLY public.things ALTER COLUMN id SET (n_distinct = -1);
ALTER TABLE ONLY public.things ALTER COLUMN name SET STORAGE MAIN;
ALTER TABLE public.dated ALTER COLUMN created SET (n_distinct_inherited = 100);
