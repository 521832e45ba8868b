-- schemadiff rollback
-- source fingerprint: b3538646ba0339cc
-- target fingerprint: 000ef5654941149e
-- 9 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.category_tree;

DROP INDEX public.categories_parent_name_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.categories DROP COLUMN slug;

CREATE OR REPLACE FUNCTION public.category_label(c public.categories)
 RETURNS text
 LANGUAGE plpgsql
 STABLE
AS $function$
BEGIN
    RETURN c.name || '#' || c.id;
END $function$;

-- hazard: rewrite
ALTER TABLE public.categories ALTER COLUMN id TYPE integer USING id::integer;

SELECT pg_catalog.setval('public.categories_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.categories_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER TABLE public.categories ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

-- hazard: rewrite
ALTER TABLE public.categories ALTER COLUMN parent_id TYPE integer USING parent_id::integer;

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
