CREATE DOMAIN public.email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE public.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first text, last text,
    full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED,
    mail public.email COMPRESSION pglz,
    tags text[]
);
ALTER TABLE public.users ALTER COLUMN id SET STATISTICS 1000;
ALTER TABLE public.users ALTER COLUMN full_name SET STORAGE EXTERNAL;
ALTER TABLE public.users ALTER COLUMN full_name SET STATISTICS 0;
ALTER TABLE public.users ALTER COLUMN mail SET STORAGE MAIN;
ALTER TABLE public.users ALTER COLUMN tags SET COMPRESSION pglz;
ALTER TABLE public.users ALTER COLUMN tags SET (n_distinct = -0.2);
