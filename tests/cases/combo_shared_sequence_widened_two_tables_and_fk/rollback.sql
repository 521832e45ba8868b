-- schemadiff rollback
-- source fingerprint: 4d0c4037e8ca1d31
-- target fingerprint: 04bd03352980e530
-- 13 statements; hazards: rewrite

BEGIN;

DROP INDEX public.comments_post_idx;

ALTER TABLE public.comments DROP CONSTRAINT comments_post_id_fkey;

SELECT pg_catalog.setval('public.global_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.global_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.global_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.comments ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.comments ALTER COLUMN id SET DEFAULT nextval('public.global_id_seq'::regclass);

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN post_id TYPE integer USING post_id::integer;

ALTER TABLE public.posts ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.posts ALTER COLUMN id SET DEFAULT nextval('public.global_id_seq'::regclass);

ALTER TABLE public.comments ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts(id) NOT VALID;

COMMIT;

ALTER TABLE public.comments VALIDATE CONSTRAINT comments_post_id_fkey;
