-- schemadiff rollback
-- source fingerprint: 6ae8649342af1489
-- target fingerprint: 3ccc9db819b189aa
-- 8 statements; hazards: rewrite

BEGIN;

SELECT pg_catalog.setval('public.global_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.global_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.global_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.pages ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.pages ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.pages ALTER COLUMN id SET DEFAULT nextval('public.global_id_seq'::regclass);

ALTER TABLE public.posts ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.posts ALTER COLUMN id SET DEFAULT nextval('public.global_id_seq'::regclass);

COMMIT;
