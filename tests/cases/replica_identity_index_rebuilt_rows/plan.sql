-- schemadiff plan
-- source fingerprint: 6a389e22b140dc6e
-- target fingerprint: 646dc91db2707d77
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.accounts_email;

-- hazard: long-lock
CREATE UNIQUE INDEX accounts_email ON public.accounts USING btree (tenant, email);

ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;

COMMIT;
