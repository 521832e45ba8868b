-- schemadiff plan
-- source fingerprint: 1b1299090def317b
-- target fingerprint: 01e36484e6410d33
-- 6 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE SCHEMA ext;

CREATE EXTENSION citext WITH SCHEMA ext VERSION '1.6';

CREATE EXTENSION pg_trgm WITH SCHEMA ext VERSION '1.6';

CREATE OR REPLACE VIEW public.sims AS
SELECT id, similarity(login, 'x'), ext.similarity(login, 'y') AS s2 FROM logins;

ALTER TABLE public.logins ADD COLUMN login2 ext.citext;

COMMIT;

CREATE INDEX CONCURRENTLY logins_login2 ON public.logins USING gin (((login2)::text) ext.gin_trgm_ops);
