-- schemadiff plan
-- source fingerprint: dad5a06bd170efdc
-- target fingerprint: 30710d85907b0f18
-- 13 statements; hazards: none

BEGIN;

ALTER TABLE public.book_tags DROP CONSTRAINT book_tags_book_isbn_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_coauthor_fk;

ALTER TABLE public.chapters DROP CONSTRAINT chapters_book_id_fkey;

ALTER TABLE public.book_tags ADD CONSTRAINT book_tags_book_isbn_fkey FOREIGN KEY (book_isbn) REFERENCES public.books(isbn) ON UPDATE CASCADE ON DELETE CASCADE NOT VALID;

ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.books ADD CONSTRAINT books_coauthor_fk FOREIGN KEY (co_author_id) REFERENCES public.authors(id) ON DELETE SET NULL NOT VALID;

ALTER TABLE public.chapters ADD CONSTRAINT chapters_book_id_fkey FOREIGN KEY (book_id) REFERENCES public.books(id) ON UPDATE CASCADE ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.book_tags VALIDATE CONSTRAINT book_tags_book_isbn_fkey;

ALTER TABLE public.books VALIDATE CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books VALIDATE CONSTRAINT books_coauthor_fk;

ALTER TABLE public.chapters VALIDATE CONSTRAINT chapters_book_id_fkey;

CREATE INDEX CONCURRENTLY books_author_id_idx ON public.books USING btree (author_id);
