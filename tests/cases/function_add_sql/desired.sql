CREATE TABLE line_items (
    id integer PRIMARY KEY,
    order_id integer NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL
);

CREATE FUNCTION order_total(p_order_id integer) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(sum(quantity * unit_price), 0)
    FROM line_items
    WHERE order_id = p_order_id
$$;

CREATE FUNCTION add_vat(amount numeric, rate numeric DEFAULT 0.20) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN round(amount * (1 + rate), 2);
