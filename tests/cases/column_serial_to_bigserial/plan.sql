-- schemadiff plan
-- source fingerprint: 6b50c727dff5f910
-- target fingerprint: 87737ba399bef909
-- 4 statements; hazards: rewrite

BEGIN;

ALTER SEQUENCE public.comments_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.comments ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.comments ALTER COLUMN id SET DEFAULT nextval('public.comments_id_seq'::regclass);

COMMIT;
