-- schemadiff rollback
-- source fingerprint: 5efdb3159f4eee2e
-- target fingerprint: a593c1c5777254ed
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN account_id TYPE integer USING account_id::integer;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN counterparty_id TYPE integer USING counterparty_id::integer;

COMMIT;
