-- schemadiff plan
-- source fingerprint: 269ac0a2530c15d3
-- target fingerprint: 4ce5e9c0407b1c42
-- 9 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN common.email DROP CONSTRAINT email_check;

ALTER DOMAIN common.money_amt RENAME TO money_amt__schemadiff_old;

CREATE DOMAIN common.money_amt AS numeric(14,2) DEFAULT 0 NOT NULL;

-- hazard: rewrite
ALTER TABLE hr.employees ALTER COLUMN salary TYPE common.money_amt USING salary::text::common.money_amt;

-- hazard: rewrite
ALTER TABLE sales.customers ALTER COLUMN balance TYPE common.money_amt USING balance::text::common.money_amt;

DROP DOMAIN common.money_amt__schemadiff_old;

-- hazard: long-lock
ALTER DOMAIN common.email ADD CONSTRAINT email_has_at CHECK ((VALUE ~~ '%_@_%'::text));

-- hazard: long-lock
ALTER DOMAIN common.email ADD CONSTRAINT email_lower CHECK ((VALUE = lower(VALUE)));

COMMENT ON DOMAIN common.email IS 'lower-case address';

COMMIT;
