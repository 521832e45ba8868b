CREATE TABLE public.base (id int, info text);
CREATE TABLE public.kid (z int) INHERITS (public.base);
ALTER TABLE public.kid ALTER COLUMN info SET STATISTICS 20;
ALTER TABLE public.kid ALTER COLUMN id SET (n_distinct = 3);
