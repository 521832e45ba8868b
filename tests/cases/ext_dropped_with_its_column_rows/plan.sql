-- schemadiff plan
-- source fingerprint: 0d72bc0c273277a8
-- target fingerprint: 90f00c4cfd44d669
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.books DROP CONSTRAINT books_isbn_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.books DROP COLUMN isbn;

-- hazard: data-loss,irreversible
ALTER TABLE public.books DROP COLUMN range;

DROP EXTENSION isn;

DROP EXTENSION seg;

COMMIT;
