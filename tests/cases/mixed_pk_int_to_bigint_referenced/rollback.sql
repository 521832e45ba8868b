-- schemadiff rollback
-- source fingerprint: 54d4c9204adae295
-- target fingerprint: 6bbedbc81c95777e
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN account_id TYPE integer USING account_id::integer;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN counterparty_id TYPE integer USING counterparty_id::integer;

COMMIT;
