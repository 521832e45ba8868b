-- schemadiff rollback
-- source fingerprint: 6529b34328022839
-- target fingerprint: 526dfc0f13794b62
-- 7 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN stock.quantity DROP CONSTRAINT quantity_non_negative;

ALTER DOMAIN stock.quantity RENAME TO quantity__schemadiff_old;

CREATE DOMAIN stock.quantity AS integer DEFAULT 0;

-- hazard: long-lock
ALTER DOMAIN stock.quantity ADD CONSTRAINT quantity_non_negative CHECK ((VALUE >= 0));

-- hazard: rewrite
ALTER TABLE stock.levels ALTER COLUMN on_hand TYPE stock.quantity USING on_hand::text::stock.quantity;

-- hazard: rewrite
ALTER TABLE stock.levels ALTER COLUMN reserved TYPE stock.quantity USING reserved::text::stock.quantity;

DROP DOMAIN stock.quantity__schemadiff_old;

COMMIT;
