-- schemadiff plan
-- source fingerprint: 6bbedbc81c95777e
-- target fingerprint: 54d4c9204adae295
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN account_id TYPE bigint USING account_id::bigint;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN counterparty_id TYPE bigint USING counterparty_id::bigint;

COMMIT;
