-- schemadiff rollback
-- source fingerprint: 6490e9cacf592a4c
-- target fingerprint: 7bf81a94d3955efe
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.categories_parent_id_idx;

ALTER TABLE public.categories DROP CONSTRAINT categories_parent_id_fkey;

ALTER TABLE public.categories DROP CONSTRAINT categories_not_own_parent;

-- hazard: data-loss,irreversible
ALTER TABLE public.categories DROP COLUMN parent_id;

COMMIT;
