-- schemadiff rollback
-- source fingerprint: a63e4915b5c85d18
-- target fingerprint: ba64875d640848fe
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN account_id TYPE integer USING account_id::integer;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN counterparty_id TYPE integer USING counterparty_id::integer;

COMMIT;
