-- schemadiff plan
-- source fingerprint: aa0ea9ab444a8992
-- target fingerprint: 38fa050a35ae8617
-- 1 statement; hazards: none

BEGIN;

CREATE OR REPLACE VIEW public.category_tree AS
 WITH RECURSIVE category_tree(id, parent_id, depth, path) AS (
         SELECT categories.id,
            categories.parent_id,
            0 AS "?column?",
            categories.name
           FROM public.categories
          WHERE (categories.parent_id IS NULL)
        UNION ALL
         SELECT c.id,
            c.parent_id,
            (t.depth + 1),
            ((t.path || ' / '::text) || c.name)
           FROM (public.categories c
             JOIN category_tree t ON ((c.parent_id = t.id)))
        )
 SELECT category_tree.id,
    category_tree.parent_id,
    category_tree.depth,
    category_tree.path
   FROM category_tree;

COMMIT;
