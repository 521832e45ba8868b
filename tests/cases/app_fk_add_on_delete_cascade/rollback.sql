-- schemadiff rollback
-- source fingerprint: 30710d85907b0f18
-- target fingerprint: dad5a06bd170efdc
-- 13 statements; hazards: none

BEGIN;

DROP INDEX public.books_author_id_idx;

ALTER TABLE public.book_tags DROP CONSTRAINT book_tags_book_isbn_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books DROP CONSTRAINT books_coauthor_fk;

ALTER TABLE public.chapters DROP CONSTRAINT chapters_book_id_fkey;

ALTER TABLE public.book_tags ADD CONSTRAINT book_tags_book_isbn_fkey FOREIGN KEY (book_isbn) REFERENCES public.books(isbn) NOT VALID;

ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) NOT VALID;

ALTER TABLE public.books ADD CONSTRAINT books_coauthor_fk FOREIGN KEY (co_author_id) REFERENCES public.authors(id) NOT VALID;

ALTER TABLE public.chapters ADD CONSTRAINT chapters_book_id_fkey FOREIGN KEY (book_id) REFERENCES public.books(id) NOT VALID;

COMMIT;

ALTER TABLE public.book_tags VALIDATE CONSTRAINT book_tags_book_isbn_fkey;

ALTER TABLE public.books VALIDATE CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books VALIDATE CONSTRAINT books_coauthor_fk;

ALTER TABLE public.chapters VALIDATE CONSTRAINT chapters_book_id_fkey;
