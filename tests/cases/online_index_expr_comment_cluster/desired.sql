CREATE TABLE public.doc (id int PRIMARY KEY, title text);
CREATE INDEX doc_lower_title ON public.doc (lower(title));
COMMENT ON INDEX public.doc_lower_title IS 'ci';
ALTER TABLE public.doc CLUSTER ON doc_lower_title;
