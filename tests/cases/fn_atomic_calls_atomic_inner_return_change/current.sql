CREATE TABLE line_items (order_id int NOT NULL, qty int NOT NULL, unit_price numeric(10,2) NOT NULL);
CREATE FUNCTION line_total(q int, p numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN q * p;
CREATE FUNCTION order_total(oid int) RETURNS numeric
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(line_total(qty, unit_price)), 0) FROM line_items WHERE order_id = oid;
END;
