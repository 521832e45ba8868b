-- schemadiff rollback
-- source fingerprint: 065ba0e747f3bb7c
-- target fingerprint: 8e1a89d7b3cae0e8
-- 10 statements; hazards: rewrite,long-lock

BEGIN;

DROP INDEX public.accounts_login_c_idx;

DROP INDEX public.accounts_login_idx;

ALTER DOMAIN public.username DROP CONSTRAINT username_check;

ALTER DOMAIN public.username RENAME TO username__schemadiff_old;

CREATE DOMAIN public.username AS text;

-- hazard: long-lock
ALTER DOMAIN public.username ADD CONSTRAINT username_check CHECK ((length(VALUE) >= 3));

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN login TYPE public.username USING login::text::public.username;

DROP DOMAIN public.username__schemadiff_old;

DROP COLLATION public.ci;

COMMIT;

CREATE INDEX CONCURRENTLY accounts_login_idx ON public.accounts USING btree (login);
