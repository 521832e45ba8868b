-- schemadiff rollback
-- source fingerprint: b8918e4276c72a4d
-- target fingerprint: bca04a3ff60bbbff
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_editor_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_translator_fkey;

COMMIT;
