-- schemadiff rollback
-- source fingerprint: f87e96f94f4fc78c
-- target fingerprint: a5ff3018726df177
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.accounts_v;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

COMMIT;
