CREATE SCHEMA docs;

CREATE TYPE docs.money_amount AS (
    amount numeric(12,2),
    currency char(3)
);

CREATE TYPE docs.span AS (
    first_page integer,
    last_page integer
);

COMMENT ON TYPE docs.span IS 'Page span';
COMMENT ON COLUMN docs.span.first_page IS 'First page, inclusive';
