-- schemadiff plan
-- source fingerprint: 04bd03352980e530
-- target fingerprint: 4d0c4037e8ca1d31
-- 12 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.comments DROP CONSTRAINT comments_post_id_fkey;

ALTER SEQUENCE public.global_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.comments ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.comments ALTER COLUMN id SET DEFAULT nextval('public.global_id_seq'::regclass);

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN post_id TYPE bigint USING post_id::bigint;

ALTER TABLE public.posts ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.posts ALTER COLUMN id SET DEFAULT nextval('public.global_id_seq'::regclass);

ALTER TABLE public.comments ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts(id) ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.comments VALIDATE CONSTRAINT comments_post_id_fkey;

CREATE INDEX CONCURRENTLY comments_post_idx ON public.comments USING btree (post_id);
