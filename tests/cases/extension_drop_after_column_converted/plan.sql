-- schemadiff plan
-- source fingerprint: e5bc1d53e1d23203
-- target fingerprint: a52cac4940925717
-- 6 statements; hazards: rewrite,long-lock

BEGIN;

DROP INDEX public.users_email_lower_idx;

ALTER TABLE public.users DROP CONSTRAINT users_email_key;

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN email TYPE text USING email::text;

DROP EXTENSION citext;

-- hazard: long-lock
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);

COMMIT;

CREATE INDEX CONCURRENTLY users_email_lower_idx ON public.users USING btree (lower(email));
