-- schemadiff rollback
-- source fingerprint: 3a75e2ad1b36ea80
-- target fingerprint: ed395039fcbac87c
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN account_id TYPE integer USING account_id::integer;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN counterparty_id TYPE integer USING counterparty_id::integer;

COMMIT;
