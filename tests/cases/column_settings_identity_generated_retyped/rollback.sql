-- schemadiff rollback
-- source fingerprint: 8ebc0d9e5181235d
-- target fingerprint: a2693914588b720c
-- 8 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.posts DROP COLUMN slug;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN id TYPE integer USING id::integer;

SELECT pg_catalog.setval('public.posts_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.posts_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER TABLE public.posts ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN title TYPE character varying(100);

-- hazard: rewrite
ALTER TABLE public.posts ADD COLUMN slug character varying(100) GENERATED ALWAYS AS (lower((title)::text)) STORED;

ALTER TABLE ONLY public.posts ALTER COLUMN slug SET STORAGE MAIN;

ALTER TABLE ONLY public.posts ALTER COLUMN slug SET (n_distinct=-1);

COMMIT;
