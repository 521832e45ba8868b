-- ALTER COLUMN TYPE keeps the statistics target and resets storage to the
-- new type's: a plan sets what the desired state has again
CREATE TABLE public.items (
    id integer PRIMARY KEY,
    code bigint,
    label text,
    note integer
);
ALTER TABLE public.items ALTER COLUMN code SET STATISTICS 300;
ALTER TABLE public.items ALTER COLUMN label SET STORAGE EXTERNAL;
