CREATE TABLE public.items (
    id integer PRIMARY KEY,
    code integer,
    label varchar(20),
    note text
);
ALTER TABLE public.items ALTER COLUMN code SET STATISTICS 300;
ALTER TABLE public.items ALTER COLUMN label SET STORAGE EXTERNAL;
ALTER TABLE public.items ALTER COLUMN note SET STORAGE MAIN;
