CREATE TABLE line_items (order_id int NOT NULL, qty int NOT NULL, unit_price numeric(10,2) NOT NULL);
CREATE FUNCTION line_total(q int, p numeric) RETURNS numeric(14,2)
    LANGUAGE sql IMMUTABLE
    RETURN round(q * p, 2);
CREATE FUNCTION line_total(q int, p numeric, discount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(q * p * (1 - discount), 2);
CREATE FUNCTION order_total(oid int) RETURNS numeric
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(line_total(qty, unit_price, 0.1)), 0) FROM line_items WHERE order_id = oid;
END;
