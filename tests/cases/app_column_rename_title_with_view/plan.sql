-- schemadiff plan
-- source fingerprint: 81011e29b2ec3b4f
-- target fingerprint: 12ef4b81b9069cca
-- 6 statements; hazards: data-loss,irreversible

SET search_path = public;

BEGIN;

DROP VIEW public.blog_index;

DROP INDEX public.blog_posts_name_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.blog_posts DROP COLUMN name;

ALTER TABLE public.blog_posts ADD COLUMN title text;

CREATE VIEW public.blog_index AS
select id, title from blog_posts order by title;

COMMIT;

CREATE INDEX CONCURRENTLY blog_posts_title_idx ON public.blog_posts USING btree (title);
