-- COMMENT ON TYPE and COMMENT ON COLUMN type.attribute for composite types: added, changed and dropped.
CREATE SCHEMA docs;

CREATE TYPE docs.money_amount AS (
    amount numeric(12,2),
    currency char(3)
);

CREATE TYPE docs.span AS (
    first_page integer,
    last_page integer
);

COMMENT ON TYPE docs.money_amount IS 'An amount with its ISO 4217 currency';
COMMENT ON COLUMN docs.money_amount.currency IS 'ISO 4217 code';
COMMENT ON TYPE docs.span IS 'Page span, both ends inclusive';
COMMENT ON COLUMN docs.span.last_page IS 'Last page, inclusive';
