-- schemadiff rollback
-- source fingerprint: f8d4d523bbdbb130
-- target fingerprint: 74923488214d4746
-- 13 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP INDEX public.loans_isbn_idx;

ALTER TABLE public.loans DROP CONSTRAINT loans_isbn_fkey;

ALTER TABLE public.reviews DROP CONSTRAINT reviews_isbn_fkey;

ALTER TABLE public.reviews DROP CONSTRAINT reviews_stars_check;

ALTER TABLE public.isbn_books DROP CONSTRAINT isbn_books_pkey;

-- hazard: data-loss,irreversible
ALTER TABLE public.reviews DROP COLUMN stars;

ALTER TABLE public.isbn_books ALTER COLUMN isbn DROP NOT NULL;

ALTER TABLE public.reviews ALTER COLUMN isbn DROP NOT NULL;

-- hazard: long-lock
ALTER TABLE public.isbn_books ADD CONSTRAINT isbn_books_isbn_key UNIQUE (isbn);

ALTER TABLE public.loans ADD CONSTRAINT loans_isbn_fkey FOREIGN KEY (isbn) REFERENCES public.isbn_books(isbn) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.reviews ADD CONSTRAINT reviews_isbn_fkey FOREIGN KEY (isbn) REFERENCES public.isbn_books(isbn) NOT VALID;

COMMIT;

ALTER TABLE public.loans VALIDATE CONSTRAINT loans_isbn_fkey;

ALTER TABLE public.reviews VALIDATE CONSTRAINT reviews_isbn_fkey;
