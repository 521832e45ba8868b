-- schemadiff rollback
-- source fingerprint: 24503504614d028e
-- target fingerprint: 5c4c6250ccf845f9
-- 4 statements; hazards: rewrite,long-lock

BEGIN;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE text USING email::text;

DROP EXTENSION citext;

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);

COMMIT;
