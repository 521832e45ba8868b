CREATE FUNCTION shipping_cost(weight_kg numeric) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    IF weight_kg <= 1 THEN
        RETURN 4.99;
    END IF;
    RETURN 4.99 + (weight_kg - 1) * 1.50;
END;
$$;

CREATE FUNCTION greeting(name text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'Hello, ' || name $$;
