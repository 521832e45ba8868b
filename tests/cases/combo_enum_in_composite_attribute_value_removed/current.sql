CREATE TYPE unit AS ENUM ('g', 'oz', 'kg');
CREATE TYPE measure AS (amount numeric, u unit);
CREATE TABLE ingredients (
    id integer PRIMARY KEY,
    qty measure NOT NULL,
    alt_units unit[]
);
CREATE INDEX ingredients_unit_idx ON ingredients (((qty).u));
