CREATE DOMAIN public.email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE public.contacts (id int PRIMARY KEY, emails public.email[], primary_email public.email);
ALTER TABLE public.contacts ALTER COLUMN emails SET STORAGE MAIN;
ALTER TABLE public.contacts ALTER COLUMN emails SET STATISTICS 20;
ALTER TABLE public.contacts ALTER COLUMN emails SET COMPRESSION pglz;
ALTER TABLE public.contacts ALTER COLUMN primary_email SET STORAGE EXTERNAL;
