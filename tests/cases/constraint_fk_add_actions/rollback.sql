-- schemadiff rollback
-- source fingerprint: 6bd941d66d3ab62b
-- target fingerprint: 4e2bcafe1dacfb3a
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_editor_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_translator_fkey;

COMMIT;
