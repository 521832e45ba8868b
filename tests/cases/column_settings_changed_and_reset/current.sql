CREATE TABLE public.events (
    id bigint PRIMARY KEY,
    kind text NOT NULL,
    body text COMPRESSION pglz,
    score integer
);
ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS 1000;
ALTER TABLE public.events ALTER COLUMN kind SET (n_distinct = 12, n_distinct_inherited = 12);
ALTER TABLE public.events ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE public.events ALTER COLUMN score SET STATISTICS 0;
ALTER TABLE public.events ALTER COLUMN score SET (n_distinct = 100);
