CREATE TYPE unit AS ENUM ('g', 'kg', 'ml');
CREATE TYPE measure AS (amount numeric, u unit);
CREATE TABLE ingredients (
    id integer PRIMARY KEY,
    qty measure NOT NULL,
    alt_units unit[],
    CONSTRAINT ingredients_amount_check CHECK ((qty).amount > 0)
);
CREATE INDEX ingredients_unit_idx ON ingredients (((qty).u));
