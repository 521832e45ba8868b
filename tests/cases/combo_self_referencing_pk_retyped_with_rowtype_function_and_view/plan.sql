-- schemadiff plan
-- source fingerprint: 000ef5654941149e
-- target fingerprint: b3538646ba0339cc
-- 8 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.category_tree;

CREATE OR REPLACE FUNCTION public.category_label(c public.categories)
 RETURNS text
 LANGUAGE plpgsql
 STABLE
AS $function$
BEGIN
    RETURN coalesce(c.slug, c.name) || '#' || c.id;
END $function$;

-- hazard: rewrite
ALTER TABLE public.categories ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.categories ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE;

-- hazard: rewrite
ALTER TABLE public.categories ALTER COLUMN parent_id TYPE bigint USING parent_id::bigint;

ALTER TABLE public.categories ADD COLUMN slug text;

CREATE VIEW public.category_tree AS
 WITH RECURSIVE t AS (
         SELECT categories.id,
            categories.parent_id,
            categories.name,
            1 AS depth
           FROM public.categories
          WHERE (categories.parent_id IS NULL)
        UNION ALL
         SELECT c.id,
            c.parent_id,
            c.name,
            (t_1.depth + 1)
           FROM (public.categories c
             JOIN t t_1 ON ((c.parent_id = t_1.id)))
        )
 SELECT t.id,
    t.parent_id,
    t.name,
    t.depth
   FROM t;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY categories_parent_name_idx ON public.categories USING btree (parent_id, name);
