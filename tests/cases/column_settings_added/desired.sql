-- statistics, storage, compression and n_distinct on columns that exist,
-- on a new column and on the columns of a new table
CREATE TABLE public.events (
    id bigint PRIMARY KEY,
    kind text NOT NULL,
    body text COMPRESSION pglz,
    score integer,
    tags text[]
);
ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS 1000;
ALTER TABLE public.events ALTER COLUMN kind SET (n_distinct = 12, n_distinct_inherited = 12);
ALTER TABLE public.events ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE public.events ALTER COLUMN score SET STATISTICS 0;
ALTER TABLE public.events ALTER COLUMN tags SET STORAGE MAIN, ALTER COLUMN tags SET STATISTICS 50;

CREATE TABLE public.audit (
    id bigint,
    note text
);
ALTER TABLE ONLY public.audit ALTER COLUMN note SET STORAGE PLAIN;
ALTER TABLE ONLY public.audit ALTER COLUMN id SET (n_distinct = -1);
