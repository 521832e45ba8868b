-- schemadiff rollback
-- source fingerprint: 12ef4b81b9069cca
-- target fingerprint: 81011e29b2ec3b4f
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.blog_index;

DROP INDEX public.blog_posts_title_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.blog_posts DROP COLUMN title;

ALTER TABLE public.blog_posts ADD COLUMN name text;

CREATE VIEW public.blog_index AS
 SELECT blog_posts.id,
    blog_posts.name
   FROM public.blog_posts
  ORDER BY blog_posts.name;

COMMIT;

CREATE INDEX CONCURRENTLY blog_posts_name_idx ON public.blog_posts USING btree (name);
