-- schemadiff plan
-- source fingerprint: 08cb22403f904a3f
-- target fingerprint: eca50e2ad2fee98f
-- 5 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP INDEX public.categories_path_idx;

CREATE EXTENSION ltree WITH SCHEMA public VERSION '1.2';

-- hazard: rewrite
ALTER TABLE public.categories ALTER COLUMN path TYPE public.ltree USING path::public.ltree;

CREATE VIEW public.category_children AS
SELECT id, path FROM categories WHERE path ~ 'top.*{1}';

COMMIT;

CREATE INDEX CONCURRENTLY categories_path_idx ON public.categories USING gist (path public.gist_ltree_ops (siglen='100'));
