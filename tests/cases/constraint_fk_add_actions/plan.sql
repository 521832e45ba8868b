-- schemadiff plan
-- source fingerprint: 3be0dea8bc7b64ab
-- target fingerprint: dcc408b201bc75f4
-- 3 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON UPDATE CASCADE ON DELETE CASCADE;

-- hazard: long-lock
ALTER TABLE public.books ADD CONSTRAINT books_editor_fkey FOREIGN KEY (editor_id) REFERENCES public.authors(id) ON UPDATE RESTRICT ON DELETE SET NULL;

-- hazard: long-lock
ALTER TABLE public.books ADD CONSTRAINT books_translator_fkey FOREIGN KEY (translator_id) REFERENCES public.authors(id) ON DELETE SET DEFAULT;

COMMIT;
