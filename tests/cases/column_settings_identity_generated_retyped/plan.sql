-- schemadiff plan
-- source fingerprint: a2693914588b720c
-- target fingerprint: 8ebc0d9e5181235d
-- 7 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.posts DROP COLUMN slug;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.posts ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE;

ALTER TABLE public.posts ALTER COLUMN title TYPE text USING title::text;

-- hazard: rewrite
ALTER TABLE public.posts ADD COLUMN slug text GENERATED ALWAYS AS (lower(title)) STORED;

ALTER TABLE ONLY public.posts ALTER COLUMN slug SET STORAGE MAIN;

ALTER TABLE ONLY public.posts ALTER COLUMN slug SET (n_distinct=-1);

COMMIT;
