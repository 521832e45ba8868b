-- schemadiff rollback
-- source fingerprint: aa25bac33b801092
-- target fingerprint: ed8b2bf2daee7ce1
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.legacy_users ALTER COLUMN id SET DEFAULT nextval('public.user_id_seq'::regclass);

SELECT pg_catalog.setval('public.user_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.legacy_users) AS existing WHERE existing.last > (SELECT last_value FROM public.user_id_seq);

ALTER TABLE public.users ALTER COLUMN id DROP DEFAULT;

ALTER SEQUENCE public.user_id_seq OWNED BY public.legacy_users.id;

COMMIT;
