-- Composite type array column add attribute.
CREATE TYPE money_amount AS (currency char(3), cents bigint, exponent smallint);
CREATE TABLE carts (
    id bigint PRIMARY KEY,
    subtotal money_amount,
    line_amounts money_amount[]
);
