CREATE FUNCTION add_tax(p numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN round(p * 1.2, 2);
CREATE FUNCTION is_positive(n numeric) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN n > 0;
CREATE TABLE items (id int PRIMARY KEY, price numeric CHECK (is_positive(price)), qty int,
  gross numeric GENERATED ALWAYS AS (add_tax(price)) STORED);
CREATE INDEX items_gross_idx ON items (add_tax(price));
CREATE FUNCTION item_value(i items) RETURNS numeric LANGUAGE sql STABLE BEGIN ATOMIC SELECT i.price * i.qty; END;
