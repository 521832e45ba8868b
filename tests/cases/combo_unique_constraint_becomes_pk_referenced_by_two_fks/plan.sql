-- schemadiff plan
-- source fingerprint: 74923488214d4746
-- target fingerprint: f8d4d523bbdbb130
-- 20 statements; hazards: long-lock

SET search_path = public;

BEGIN;

ALTER TABLE public.loans DROP CONSTRAINT loans_isbn_fkey;

ALTER TABLE public.reviews DROP CONSTRAINT reviews_isbn_fkey;

ALTER TABLE public.isbn_books DROP CONSTRAINT isbn_books_isbn_key;

ALTER TABLE public.isbn_books ADD CONSTRAINT schemadiff_nn_675a122cb73deaa6 CHECK (isbn IS NOT NULL) NOT VALID;

ALTER TABLE public.reviews ADD CONSTRAINT schemadiff_nn_a862b770822cb0e5 CHECK (isbn IS NOT NULL) NOT VALID;

ALTER TABLE public.reviews ADD COLUMN stars smallint;

-- hazard: long-lock
ALTER TABLE public.isbn_books ADD CONSTRAINT isbn_books_pkey PRIMARY KEY (isbn);

ALTER TABLE public.reviews ADD CONSTRAINT reviews_stars_check CHECK (stars BETWEEN 1 AND 5) NOT VALID;

ALTER TABLE public.loans ADD CONSTRAINT loans_isbn_fkey FOREIGN KEY (isbn) REFERENCES public.isbn_books(isbn) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.reviews ADD CONSTRAINT reviews_isbn_fkey FOREIGN KEY (isbn) REFERENCES public.isbn_books(isbn) NOT VALID;

COMMIT;

ALTER TABLE public.isbn_books VALIDATE CONSTRAINT schemadiff_nn_675a122cb73deaa6;

ALTER TABLE public.isbn_books ALTER COLUMN isbn SET NOT NULL;

ALTER TABLE public.isbn_books DROP CONSTRAINT schemadiff_nn_675a122cb73deaa6;

ALTER TABLE public.reviews VALIDATE CONSTRAINT schemadiff_nn_a862b770822cb0e5;

ALTER TABLE public.reviews ALTER COLUMN isbn SET NOT NULL;

ALTER TABLE public.reviews DROP CONSTRAINT schemadiff_nn_a862b770822cb0e5;

ALTER TABLE public.reviews VALIDATE CONSTRAINT reviews_stars_check;

ALTER TABLE public.loans VALIDATE CONSTRAINT loans_isbn_fkey;

ALTER TABLE public.reviews VALIDATE CONSTRAINT reviews_isbn_fkey;

CREATE INDEX CONCURRENTLY loans_isbn_idx ON public.loans USING btree (isbn);
