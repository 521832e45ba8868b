-- schemadiff plan
-- source fingerprint: 65dd24253469b3d0
-- target fingerprint: bcdad1062270d81f
-- 19 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.user_stats;

ALTER SEQUENCE public.comments_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER SEQUENCE public.sessions_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER SEQUENCE public.users_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN author_id TYPE bigint USING author_id::bigint;

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN editor_id TYPE bigint USING editor_id::bigint;

ALTER TABLE public.comments ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.comments ALTER COLUMN id SET DEFAULT nextval('public.comments_id_seq'::regclass);

ALTER TABLE public.sessions ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.sessions ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.sessions ALTER COLUMN id SET DEFAULT nextval('public.sessions_id_seq'::regclass);

-- hazard: rewrite
ALTER TABLE public.sessions ALTER COLUMN user_id TYPE bigint USING user_id::bigint;

-- hazard: rewrite
ALTER TABLE public.user_follows ALTER COLUMN followee_id TYPE bigint USING followee_id::bigint;

-- hazard: rewrite
ALTER TABLE public.user_follows ALTER COLUMN follower_id TYPE bigint USING follower_id::bigint;

ALTER TABLE public.users ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);

CREATE VIEW public.user_stats AS
select u.id, u.email, count(c.id) as comments from users u left join comments c on c.author_id = u.id group by u.id;

COMMIT;
