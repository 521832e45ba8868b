-- schemadiff rollback
-- source fingerprint: 0b92f69860fc341d
-- target fingerprint: c21aa51c00b9ebbd
-- 4 statements; hazards: rewrite,long-lock

BEGIN;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE text USING email::text;

DROP EXTENSION citext;

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);

COMMIT;
