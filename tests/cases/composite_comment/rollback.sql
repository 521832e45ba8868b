-- schemadiff rollback
-- source fingerprint: 647c0d38dd3a4091
-- target fingerprint: 54fbf3807c6970df
-- 5 statements; hazards: none

BEGIN;

COMMENT ON TYPE docs.money_amount IS NULL;

COMMENT ON COLUMN docs.money_amount.currency IS NULL;

COMMENT ON COLUMN docs.span.first_page IS 'First page, inclusive';

COMMENT ON COLUMN docs.span.last_page IS NULL;

COMMENT ON TYPE docs.span IS 'Page span';

COMMIT;
