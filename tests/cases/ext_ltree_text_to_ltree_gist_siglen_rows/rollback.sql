-- schemadiff rollback
-- source fingerprint: eca50e2ad2fee98f
-- target fingerprint: 08cb22403f904a3f
-- 5 statements; hazards: rewrite

BEGIN;

DROP VIEW public.category_children;

DROP INDEX public.categories_path_idx;

-- hazard: rewrite
ALTER TABLE public.categories ALTER COLUMN path TYPE text USING path::text;

DROP EXTENSION ltree;

COMMIT;

CREATE INDEX CONCURRENTLY categories_path_idx ON public.categories USING btree (path);
