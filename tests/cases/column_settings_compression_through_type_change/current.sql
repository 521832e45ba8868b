CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    title text COMPRESSION pglz,
    body text,
    code text,
    rank integer
);
ALTER TABLE public.docs ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE public.docs ALTER COLUMN code SET STATISTICS 400;
ALTER TABLE public.docs ALTER COLUMN code SET (n_distinct = -1);
ALTER TABLE public.docs ALTER COLUMN rank SET (n_distinct = 10);
