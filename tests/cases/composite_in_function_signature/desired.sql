-- A composite type replaced under a column with rows (fields added, dropped or
-- reordered): the values move over by field name, not through text.
CREATE TYPE money_amount AS (amount numeric(14,2), currency char(3), fx_rate numeric);
CREATE TABLE payments (id int PRIMARY KEY, paid money_amount NOT NULL);
CREATE FUNCTION add_money(a money_amount, b money_amount) RETURNS money_amount LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(a.amount + b.amount, a.currency, coalesce(a.fx_rate, 1))::money_amount $$;
CREATE FUNCTION payment_total() RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT sum((paid).amount) FROM payments $$;
