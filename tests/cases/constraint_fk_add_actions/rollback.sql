-- schemadiff rollback
-- source fingerprint: 96de8eeffa434eb3
-- target fingerprint: 982be2cce5b63152
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_editor_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_translator_fkey;

COMMIT;
