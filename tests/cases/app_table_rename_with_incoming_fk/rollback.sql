-- schemadiff rollback
-- source fingerprint: 4dc5e0906a7b9982
-- target fingerprint: c02b766940a0ae9b
-- 12 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.comments DROP CONSTRAINT comments_post_id_fkey;

ALTER TABLE public.comments ADD CONSTRAINT schemadiff_nn_453b77438d1d73e3 CHECK (post_id IS NOT NULL) NOT VALID;

CREATE SEQUENCE public.blog_posts_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

CREATE TABLE public.blog_posts (
    id integer DEFAULT nextval('public.blog_posts_id_seq'::regclass) NOT NULL,
    title text NOT NULL,
    body text
);

ALTER SEQUENCE public.blog_posts_id_seq OWNED BY public.blog_posts.id;

ALTER TABLE public.blog_posts ADD CONSTRAINT blog_posts_pkey PRIMARY KEY (id);

CREATE OR REPLACE VIEW public.post_comment_counts AS
 SELECT p.id,
    p.title,
    count(c.id) AS n
   FROM (public.blog_posts p
     LEFT JOIN public.comments c ON ((c.post_id = p.id)))
  GROUP BY p.id;

-- hazard: data-loss,irreversible
DROP TABLE public.posts;

-- hazard: long-lock
ALTER TABLE public.comments ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.blog_posts(id) ON DELETE CASCADE;

COMMIT;

ALTER TABLE public.comments VALIDATE CONSTRAINT schemadiff_nn_453b77438d1d73e3;

ALTER TABLE public.comments ALTER COLUMN post_id SET NOT NULL;

ALTER TABLE public.comments DROP CONSTRAINT schemadiff_nn_453b77438d1d73e3;
