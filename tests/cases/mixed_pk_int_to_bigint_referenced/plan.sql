-- schemadiff plan
-- source fingerprint: ed395039fcbac87c
-- target fingerprint: 3a75e2ad1b36ea80
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN account_id TYPE bigint USING account_id::bigint;

-- hazard: rewrite
ALTER TABLE public.transactions ALTER COLUMN counterparty_id TYPE bigint USING counterparty_id::bigint;

COMMIT;
