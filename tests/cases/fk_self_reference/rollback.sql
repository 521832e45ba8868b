-- schemadiff rollback
-- source fingerprint: 3d000c7759cad0c0
-- target fingerprint: 07163cbc27a7de94
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.categories_parent_id_idx;

ALTER TABLE public.categories DROP CONSTRAINT categories_parent_id_fkey;

ALTER TABLE public.categories DROP CONSTRAINT categories_not_own_parent;

-- hazard: data-loss,irreversible
ALTER TABLE public.categories DROP COLUMN parent_id;

COMMIT;
