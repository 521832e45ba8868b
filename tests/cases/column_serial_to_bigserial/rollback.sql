-- schemadiff rollback
-- source fingerprint: 87737ba399bef909
-- target fingerprint: 6b50c727dff5f910
-- 5 statements; hazards: rewrite

BEGIN;

SELECT pg_catalog.setval('public.comments_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.comments_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.comments_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.comments ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.comments ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.comments ALTER COLUMN id SET DEFAULT nextval('public.comments_id_seq'::regclass);

COMMIT;
