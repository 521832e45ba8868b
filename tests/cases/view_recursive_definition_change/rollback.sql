-- schemadiff rollback
-- source fingerprint: 38fa050a35ae8617
-- target fingerprint: aa0ea9ab444a8992
-- 4 statements; hazards: none

BEGIN;

DROP VIEW public.leaf_depths;

DROP VIEW public.category_tree;

CREATE VIEW public.category_tree AS
 WITH RECURSIVE category_tree(id, parent_id, depth) AS (
         SELECT categories.id,
            categories.parent_id,
            0 AS "?column?"
           FROM public.categories
          WHERE (categories.parent_id IS NULL)
        UNION ALL
         SELECT c.id,
            c.parent_id,
            (t.depth + 1)
           FROM (public.categories c
             JOIN category_tree t ON ((c.parent_id = t.id)))
        )
 SELECT category_tree.id,
    category_tree.parent_id,
    category_tree.depth
   FROM category_tree;

CREATE VIEW public.leaf_depths AS
 SELECT t.id,
    t.depth
   FROM public.category_tree t
  WHERE (NOT (EXISTS ( SELECT 1
           FROM public.categories c
          WHERE (c.parent_id = t.id))));

COMMIT;
