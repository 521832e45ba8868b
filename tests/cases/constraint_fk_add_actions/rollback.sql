-- schemadiff rollback
-- source fingerprint: dcc408b201bc75f4
-- target fingerprint: 3be0dea8bc7b64ab
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_editor_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_translator_fkey;

COMMIT;
