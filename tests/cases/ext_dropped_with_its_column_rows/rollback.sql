-- schemadiff rollback
-- source fingerprint: 90f00c4cfd44d669
-- target fingerprint: 0d72bc0c273277a8
-- 6 statements; hazards: none

BEGIN;

CREATE EXTENSION isn WITH SCHEMA public VERSION '1.2';

CREATE EXTENSION seg WITH SCHEMA public VERSION '1.4';

ALTER TABLE public.books ADD COLUMN isbn public.isbn13;

ALTER TABLE public.books ADD COLUMN range public.seg;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY books_isbn_key ON public.books (isbn);

ALTER TABLE public.books ADD CONSTRAINT books_isbn_key UNIQUE USING INDEX books_isbn_key;
