-- Function default value change.
CREATE TABLE items (id int PRIMARY KEY, price numeric(10,2) NOT NULL);
CREATE FUNCTION with_tax(amount numeric, rate numeric DEFAULT 0.21) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(amount * (1 + rate), 2) $$;
CREATE VIEW item_prices AS SELECT id, price, with_tax(price) AS gross FROM items;
