-- schemadiff plan
-- source fingerprint: 3ccc9db819b189aa
-- target fingerprint: 6ae8649342af1489
-- 7 statements; hazards: rewrite

BEGIN;

ALTER SEQUENCE public.global_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.pages ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.pages ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.pages ALTER COLUMN id SET DEFAULT nextval('public.global_id_seq'::regclass);

ALTER TABLE public.posts ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.posts ALTER COLUMN id SET DEFAULT nextval('public.global_id_seq'::regclass);

COMMIT;
