-- schemadiff plan
-- source fingerprint: 95fc709fbc90dc9e
-- target fingerprint: a2440fa65b6c29cd
-- 6 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.categories ADD COLUMN parent_id integer;

ALTER TABLE public.categories ADD CONSTRAINT categories_not_own_parent CHECK (parent_id <> id) NOT VALID;

ALTER TABLE public.categories ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.categories(id) ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.categories VALIDATE CONSTRAINT categories_not_own_parent;

ALTER TABLE public.categories VALIDATE CONSTRAINT categories_parent_id_fkey;

CREATE INDEX CONCURRENTLY categories_parent_id_idx ON public.categories USING btree (parent_id);
