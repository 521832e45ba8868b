CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE FUNCTION order_total(p_id integer) RETURNS numeric(12,2) LANGUAGE sql STABLE AS $$ SELECT total::numeric(12,2) FROM orders WHERE id = p_id $$;
CREATE FUNCTION order_total(p_id integer, p_tax numeric) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT total * (1 + p_tax) FROM orders WHERE id = p_id $$;
COMMENT ON FUNCTION order_total(integer) IS 'net total';
COMMENT ON FUNCTION order_total(integer, numeric) IS 'gross total, tax given as a fraction';
