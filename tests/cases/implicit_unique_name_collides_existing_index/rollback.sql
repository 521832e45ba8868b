-- schemadiff rollback
-- source fingerprint: fdf244d0e21561a6
-- target fingerprint: e54ed66a489c0c7d
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key1;

COMMIT;
