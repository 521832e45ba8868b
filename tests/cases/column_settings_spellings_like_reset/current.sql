CREATE TABLE public.template_docs (id int, body text, meta jsonb);
ALTER TABLE public.template_docs ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE public.template_docs ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE public.template_docs ALTER COLUMN meta SET STATISTICS 10;
CREATE TABLE public.notes (id int, body text, tag text);
ALTER TABLE public.notes ALTER COLUMN tag SET STATISTICS 77;
ALTER TABLE public.notes ALTER COLUMN tag SET (n_distinct = 3);
ALTER TABLE public.notes ALTER COLUMN body SET COMPRESSION pglz;
