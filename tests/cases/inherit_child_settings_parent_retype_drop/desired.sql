CREATE TABLE public.base (id bigint, body varchar(100), tag varchar(20));
CREATE TABLE public.child (extra int) INHERITS (public.base);
ALTER TABLE public.child ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE public.child ALTER COLUMN tag SET STATISTICS 250;
ALTER TABLE public.child ALTER COLUMN id SET (n_distinct = 100);
ALTER TABLE ONLY public.base ALTER COLUMN tag SET STATISTICS 10;
