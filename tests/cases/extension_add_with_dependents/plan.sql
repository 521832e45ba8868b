-- schemadiff plan
-- source fingerprint: 80ea9590a494feba
-- target fingerprint: 74838767d64f1538
-- 11 statements; hazards: rewrite

BEGIN;

CREATE EXTENSION citext WITH SCHEMA public VERSION '1.6';

-- hazard: rewrite
ALTER TABLE public.profiles ALTER COLUMN username TYPE public.citext USING username::public.citext;

CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.8';

CREATE EXTENSION pg_trgm WITH SCHEMA public VERSION '1.6';

CREATE EXTENSION "uuid-ossp" WITH SCHEMA public VERSION '1.1';

ALTER TABLE public.profiles ADD COLUMN attributes public.hstore;

-- hazard: rewrite
ALTER TABLE public.profiles ADD COLUMN public_id uuid DEFAULT public.uuid_generate_v4() NOT NULL;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY profiles_username_key ON public.profiles (username);

ALTER TABLE public.profiles ADD CONSTRAINT profiles_username_key UNIQUE USING INDEX profiles_username_key;

CREATE INDEX CONCURRENTLY profiles_attributes_idx ON public.profiles USING gist (attributes);

CREATE INDEX CONCURRENTLY profiles_bio_trgm_idx ON public.profiles USING gin (bio public.gin_trgm_ops);
