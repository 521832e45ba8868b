CREATE TABLE public.items (id int PRIMARY KEY, name text);
ALTER TABLE public.items ALTER COLUMN name SET STATISTICS 200;
