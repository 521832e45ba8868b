-- schemadiff rollback
-- source fingerprint: 4f7b19fbf6c1c91d
-- target fingerprint: fa8fd1eba4946b01
-- 4 statements; hazards: rewrite,long-lock

BEGIN;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE text USING email::text;

DROP EXTENSION citext;

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);

COMMIT;
