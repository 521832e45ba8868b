-- schemadiff rollback
-- source fingerprint: c971de54861242e7
-- target fingerprint: 7f0d86b3f2e06b4b
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.categories_parent_id_idx;

ALTER TABLE public.categories DROP CONSTRAINT categories_parent_id_fkey;

ALTER TABLE public.categories DROP CONSTRAINT categories_not_own_parent;

-- hazard: data-loss,irreversible
ALTER TABLE public.categories DROP COLUMN parent_id;

COMMIT;
