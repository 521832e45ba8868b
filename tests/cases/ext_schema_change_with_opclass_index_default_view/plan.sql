-- schemadiff plan
-- source fingerprint: 929762e8078ae6dd
-- target fingerprint: 2eb6a523a4b975c7
-- 8 statements; hazards: none

SET search_path = public;

BEGIN;

DROP INDEX public.docs_title_trgm;

ALTER TABLE public.docs ALTER COLUMN id DROP DEFAULT;

CREATE SCHEMA ext;

ALTER EXTENSION pg_trgm SET SCHEMA ext;

ALTER EXTENSION "uuid-ossp" SET SCHEMA ext;

ALTER TABLE public.docs ALTER COLUMN id SET DEFAULT ext.uuid_generate_v4();

CREATE OR REPLACE VIEW public.docs_sim AS
SELECT id, ext.similarity(title, 'x') AS s FROM docs;

COMMIT;

CREATE INDEX CONCURRENTLY docs_title_trgm ON public.docs USING gin (title ext.gin_trgm_ops);
