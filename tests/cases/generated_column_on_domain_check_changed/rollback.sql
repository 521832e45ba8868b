-- schemadiff rollback
-- source fingerprint: c4e9bb498f21bb65
-- target fingerprint: ca14c01da32851ec
-- 3 statements; hazards: long-lock

BEGIN;

COMMENT ON DOMAIN public.money_amount IS NULL;

ALTER DOMAIN public.money_amount DROP CONSTRAINT money_amount_range;

-- hazard: long-lock
ALTER DOMAIN public.money_amount ADD CONSTRAINT money_amount_check CHECK ((VALUE >= (0)::numeric));

COMMIT;
