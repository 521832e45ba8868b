-- schemadiff plan
-- source fingerprint: 8e1a89d7b3cae0e8
-- target fingerprint: 065ba0e747f3bb7c
-- 8 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.username DROP CONSTRAINT username_check;

CREATE COLLATION public.ci (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);

ALTER DOMAIN public.username RENAME TO username__schemadiff_old;

CREATE DOMAIN public.username AS text COLLATE public.ci;

-- hazard: long-lock
ALTER DOMAIN public.username ADD CONSTRAINT username_check CHECK ((length(VALUE) >= 3));

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN login TYPE public.username USING login::text::public.username;

DROP DOMAIN public.username__schemadiff_old;

COMMIT;

CREATE INDEX CONCURRENTLY accounts_login_c_idx ON public.accounts USING btree (((login)::text) COLLATE "C" text_pattern_ops);
