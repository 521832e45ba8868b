-- schemadiff plan
-- source fingerprint: 95fc709fbc90dc9e
-- target fingerprint: a2440fa65b6c29cd
-- 4 statements; hazards: long-lock

SET search_path = "$user", public;

BEGIN;

ALTER TABLE public.categories ADD COLUMN parent_id integer;

-- hazard: long-lock
ALTER TABLE public.categories ADD CONSTRAINT categories_not_own_parent CHECK (parent_id <> id);

-- hazard: long-lock
ALTER TABLE public.categories ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.categories(id) ON DELETE CASCADE;

-- hazard: long-lock
CREATE INDEX categories_parent_id_idx ON public.categories USING btree (parent_id);

COMMIT;
