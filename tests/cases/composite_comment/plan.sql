-- schemadiff plan
-- source fingerprint: 54fbf3807c6970df
-- target fingerprint: 647c0d38dd3a4091
-- 5 statements; hazards: none

BEGIN;

COMMENT ON COLUMN docs.money_amount.currency IS 'ISO 4217 code';

COMMENT ON COLUMN docs.span.first_page IS NULL;

COMMENT ON COLUMN docs.span.last_page IS 'Last page, inclusive';

COMMENT ON TYPE docs.span IS 'Page span, both ends inclusive';

COMMENT ON TYPE docs.money_amount IS 'An amount with its ISO 4217 currency';

COMMIT;
