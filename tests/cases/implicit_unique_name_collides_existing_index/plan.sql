-- schemadiff plan
-- source fingerprint: e54ed66a489c0c7d
-- target fingerprint: fdf244d0e21561a6
-- 2 statements; hazards: none

CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key1 ON public.accounts (email);

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key1 UNIQUE USING INDEX accounts_email_key1;
