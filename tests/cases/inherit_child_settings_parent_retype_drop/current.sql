CREATE TABLE public.base (id int, body text, tag text, old int);
CREATE TABLE public.child (extra int) INHERITS (public.base);
ALTER TABLE public.child ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE public.child ALTER COLUMN tag SET STATISTICS 250;
ALTER TABLE public.child ALTER COLUMN old SET STATISTICS 99;
ALTER TABLE ONLY public.base ALTER COLUMN tag SET STATISTICS 10;
