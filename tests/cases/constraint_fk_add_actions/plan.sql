-- schemadiff plan
-- source fingerprint: f4454201f13d0497
-- target fingerprint: d91fefa701780291
-- 3 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON UPDATE CASCADE ON DELETE CASCADE;

-- hazard: long-lock
ALTER TABLE public.books ADD CONSTRAINT books_editor_fkey FOREIGN KEY (editor_id) REFERENCES public.authors(id) ON UPDATE RESTRICT ON DELETE SET NULL;

-- hazard: long-lock
ALTER TABLE public.books ADD CONSTRAINT books_translator_fkey FOREIGN KEY (translator_id) REFERENCES public.authors(id) ON DELETE SET DEFAULT;

COMMIT;
