-- schemadiff rollback
-- source fingerprint: 5295ede361a51a13
-- target fingerprint: 79ba1755452a0c48
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE shop.payments DROP CONSTRAINT payments_amount_check;

CREATE DOMAIN shop.positive_amount AS numeric(12,2);

ALTER TABLE shop.payments ALTER COLUMN amount TYPE shop.positive_amount;

CREATE DOMAIN shop.unused_code AS character varying(8);

ALTER DOMAIN shop.positive_amount ADD CONSTRAINT positive_amount_check CHECK ((VALUE > (0)::numeric));

ALTER DOMAIN shop.unused_code ADD CONSTRAINT unused_code_upper CHECK (((VALUE)::text = upper((VALUE)::text)));

COMMIT;
