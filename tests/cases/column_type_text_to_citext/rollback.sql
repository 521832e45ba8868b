-- schemadiff rollback
-- source fingerprint: 6885caf1107dacc1
-- target fingerprint: 8e24b41d91227d41
-- 4 statements; hazards: rewrite,long-lock

BEGIN;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE text USING email::text;

DROP EXTENSION citext;

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);

COMMIT;
