-- schemadiff rollback
-- source fingerprint: a52cac4940925717
-- target fingerprint: e5bc1d53e1d23203
-- 4 statements; hazards: rewrite

BEGIN;

DROP INDEX public.users_email_lower_idx;

CREATE EXTENSION citext WITH SCHEMA public VERSION '1.6';

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN email TYPE public.citext USING email::public.citext;

COMMIT;

CREATE INDEX CONCURRENTLY users_email_lower_idx ON public.users USING btree (lower((email)::text));
