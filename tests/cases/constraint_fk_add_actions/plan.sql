-- schemadiff plan
-- source fingerprint: 982be2cce5b63152
-- target fingerprint: 96de8eeffa434eb3
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON UPDATE CASCADE ON DELETE CASCADE NOT VALID;

ALTER TABLE public.books ADD CONSTRAINT books_editor_fkey FOREIGN KEY (editor_id) REFERENCES public.authors(id) ON UPDATE RESTRICT ON DELETE SET NULL NOT VALID;

ALTER TABLE public.books ADD CONSTRAINT books_translator_fkey FOREIGN KEY (translator_id) REFERENCES public.authors(id) ON DELETE SET DEFAULT NOT VALID;

COMMIT;

ALTER TABLE public.books VALIDATE CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books VALIDATE CONSTRAINT books_editor_fkey;

ALTER TABLE public.books VALIDATE CONSTRAINT books_translator_fkey;
