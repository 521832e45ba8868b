CREATE DOMAIN public.email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE public.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first text, last text,
    full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED,
    mail public.email,
    tags text[]
);
