-- schemadiff plan
-- source fingerprint: c02b766940a0ae9b
-- target fingerprint: 4dc5e0906a7b9982
-- 10 statements; hazards: data-loss,long-lock,irreversible

SET search_path = public;

BEGIN;

ALTER TABLE public.comments DROP CONSTRAINT comments_post_id_fkey;

ALTER TABLE public.comments ALTER COLUMN post_id DROP NOT NULL;

CREATE SEQUENCE public.posts_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

CREATE TABLE public.posts (
    id integer DEFAULT nextval('public.posts_id_seq'::regclass) NOT NULL,
    title text NOT NULL,
    body text,
    slug text
);

ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;

ALTER TABLE public.posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id);

CREATE OR REPLACE VIEW public.post_comment_counts AS
select p.id, p.title, count(c.id) as n from posts p left join comments c on c.post_id = p.id group by p.id;

-- hazard: data-loss,irreversible
DROP TABLE public.blog_posts;

ALTER TABLE public.posts ADD CONSTRAINT posts_slug_key UNIQUE (slug);

-- hazard: long-lock
ALTER TABLE public.comments ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts(id) ON DELETE CASCADE;

COMMIT;
