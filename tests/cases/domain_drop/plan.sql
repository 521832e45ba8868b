-- schemadiff plan
-- source fingerprint: 79ba1755452a0c48
-- target fingerprint: 5295ede361a51a13
-- 4 statements; hazards: rewrite,long-lock

SET search_path = "$user", public;

BEGIN;

DROP DOMAIN shop.unused_code;

-- hazard: rewrite
ALTER TABLE shop.payments ALTER COLUMN amount TYPE numeric(12,2) USING amount::text::numeric(12,2);

DROP DOMAIN shop.positive_amount;

-- hazard: long-lock
ALTER TABLE shop.payments ADD CONSTRAINT payments_amount_check CHECK (amount > 0);

COMMIT;
