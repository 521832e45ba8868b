-- schemadiff plan
-- source fingerprint: ed8b2bf2daee7ce1
-- target fingerprint: aa25bac33b801092
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.legacy_users ALTER COLUMN id DROP DEFAULT;

ALTER TABLE public.users ALTER COLUMN id SET DEFAULT nextval('public.user_id_seq'::regclass);

SELECT pg_catalog.setval('public.user_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.users) AS existing WHERE existing.last > (SELECT last_value FROM public.user_id_seq);

ALTER SEQUENCE public.user_id_seq OWNED BY public.users.id;

COMMIT;
