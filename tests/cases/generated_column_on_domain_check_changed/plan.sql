-- schemadiff plan
-- source fingerprint: ca14c01da32851ec
-- target fingerprint: c4e9bb498f21bb65
-- 3 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.money_amount DROP CONSTRAINT money_amount_check;

-- hazard: long-lock
ALTER DOMAIN public.money_amount ADD CONSTRAINT money_amount_range CHECK (((VALUE >= (0)::numeric) AND (VALUE < (1000000)::numeric)));

COMMENT ON DOMAIN public.money_amount IS 'non-negative amount below one million';

COMMIT;
