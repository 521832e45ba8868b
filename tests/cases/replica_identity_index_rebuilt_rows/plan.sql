-- schemadiff plan
-- source fingerprint: 450909e3fe078d17
-- target fingerprint: 1fde29d9cdd481b7
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.accounts_email;

-- hazard: long-lock
CREATE UNIQUE INDEX accounts_email ON public.accounts USING btree (tenant, email);

ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;

COMMIT;
