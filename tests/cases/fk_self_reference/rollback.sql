-- schemadiff rollback
-- source fingerprint: 1b92fb5d8d9c2ac3
-- target fingerprint: 284b8373f99a254a
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.categories_parent_id_idx;

ALTER TABLE public.categories DROP CONSTRAINT categories_parent_id_fkey;

ALTER TABLE public.categories DROP CONSTRAINT categories_not_own_parent;

-- hazard: data-loss,irreversible
ALTER TABLE public.categories DROP COLUMN parent_id;

COMMIT;
