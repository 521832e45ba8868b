-- schemadiff plan
-- source fingerprint: d4ed3bbe34d23854
-- target fingerprint: 6b101b7c87f493be
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE public.accounts ADD CONSTRAINT schemadiff_nn_2a1e60de18cece83 CHECK (email IS NOT NULL) NOT VALID;

COMMIT;

ALTER TABLE public.accounts VALIDATE CONSTRAINT schemadiff_nn_2a1e60de18cece83;

ALTER TABLE public.accounts ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT schemadiff_nn_2a1e60de18cece83;

CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts (email);

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;
