-- schemadiff plan
-- source fingerprint: a593c1c5777254ed
-- target fingerprint: 5efdb3159f4eee2e
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN account_id TYPE bigint USING account_id::bigint;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN counterparty_id TYPE bigint USING counterparty_id::bigint;

COMMIT;
