-- schemadiff rollback
-- source fingerprint: 2eb6a523a4b975c7
-- target fingerprint: 929762e8078ae6dd
-- 8 statements; hazards: none

BEGIN;

DROP INDEX public.docs_title_trgm;

ALTER EXTENSION pg_trgm SET SCHEMA public;

ALTER EXTENSION "uuid-ossp" SET SCHEMA public;

DROP SCHEMA ext;

ALTER TABLE public.docs ALTER COLUMN id DROP DEFAULT;

ALTER TABLE public.docs ALTER COLUMN id SET DEFAULT public.uuid_generate_v4();

CREATE OR REPLACE VIEW public.docs_sim AS
 SELECT docs.id,
    public.similarity(docs.title, 'x'::text) AS s
   FROM public.docs;

COMMIT;

CREATE INDEX CONCURRENTLY docs_title_trgm ON public.docs USING gin (title public.gin_trgm_ops);
