-- schemadiff rollback
-- source fingerprint: 74838767d64f1538
-- target fingerprint: 80ea9590a494feba
-- 10 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP INDEX public.profiles_attributes_idx;

DROP INDEX public.profiles_bio_trgm_idx;

ALTER TABLE public.profiles DROP CONSTRAINT profiles_username_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.profiles DROP COLUMN attributes;

-- hazard: data-loss,irreversible
ALTER TABLE public.profiles DROP COLUMN public_id;

DROP EXTENSION hstore;

DROP EXTENSION pg_trgm;

DROP EXTENSION "uuid-ossp";

-- hazard: rewrite
ALTER TABLE public.profiles ALTER COLUMN username TYPE text USING username::text;

DROP EXTENSION citext;

COMMIT;
