-- schemadiff plan
-- source fingerprint: bcdad1062270d81f
-- target fingerprint: 65dd24253469b3d0
-- 22 statements; hazards: rewrite

SET search_path = "$user", public;

BEGIN;

DROP VIEW public.user_stats;

SELECT pg_catalog.setval('public.comments_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.comments_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.comments_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

SELECT pg_catalog.setval('public.sessions_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.sessions_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.sessions_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

SELECT pg_catalog.setval('public.users_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.users_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.users_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN author_id TYPE integer USING author_id::integer;

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN editor_id TYPE integer USING editor_id::integer;

ALTER TABLE public.comments ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.comments ALTER COLUMN id SET DEFAULT nextval('public.comments_id_seq'::regclass);

ALTER TABLE public.sessions ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.sessions ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.sessions ALTER COLUMN id SET DEFAULT nextval('public.sessions_id_seq'::regclass);

-- hazard: rewrite
ALTER TABLE public.sessions ALTER COLUMN user_id TYPE integer USING user_id::integer;

-- hazard: rewrite
ALTER TABLE public.user_follows ALTER COLUMN followee_id TYPE integer USING followee_id::integer;

-- hazard: rewrite
ALTER TABLE public.user_follows ALTER COLUMN follower_id TYPE integer USING follower_id::integer;

ALTER TABLE public.users ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);

CREATE VIEW public.user_stats AS
select u.id, u.email, count(c.id) as comments from users u left join comments c on c.author_id = u.id group by u.id;

COMMIT;
