-- schemadiff rollback
-- source fingerprint: d91fefa701780291
-- target fingerprint: f4454201f13d0497
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_editor_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_translator_fkey;

COMMIT;
