-- schemadiff plan
-- source fingerprint: 79ba1755452a0c48
-- target fingerprint: 5295ede361a51a13
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

DROP DOMAIN shop.unused_code;

ALTER TABLE shop.payments ALTER COLUMN amount TYPE numeric(12,2);

DROP DOMAIN shop.positive_amount;

ALTER TABLE shop.payments ADD CONSTRAINT payments_amount_check CHECK (amount > 0) NOT VALID;

COMMIT;

ALTER TABLE shop.payments VALIDATE CONSTRAINT payments_amount_check;
