-- schemadiff rollback
-- source fingerprint: a2440fa65b6c29cd
-- target fingerprint: 95fc709fbc90dc9e
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.categories_parent_id_idx;

ALTER TABLE public.categories DROP CONSTRAINT categories_parent_id_fkey;

ALTER TABLE public.categories DROP CONSTRAINT categories_not_own_parent;

-- hazard: data-loss,irreversible
ALTER TABLE public.categories DROP COLUMN parent_id;

COMMIT;
