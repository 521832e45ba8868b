-- schemadiff plan
-- source fingerprint: 1733cc112fc172ad
-- target fingerprint: 4b063eaf0c163076
-- 4 statements; hazards: none

BEGIN;

CREATE EXTENSION citext WITH SCHEMA extensions VERSION '1.6';

ALTER TABLE public.articles ADD COLUMN slug extensions.citext;

COMMIT;

CREATE INDEX CONCURRENTLY articles_title_trgm_gist_idx ON public.articles USING gist (title extensions.gist_trgm_ops (siglen='64'));

CREATE INDEX CONCURRENTLY articles_title_trgm_idx ON public.articles USING gin (title extensions.gin_trgm_ops);
