CREATE FUNCTION shipping_cost(weight_kg numeric) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    IF weight_kg <= 2 THEN
        RETURN 5.49;
    END IF;
    RETURN 5.49 + (weight_kg - 2) * 1.25;
END;
$$;

CREATE FUNCTION greeting(name text) RETURNS text
    LANGUAGE sql STABLE STRICT SECURITY DEFINER
    SET search_path = pg_catalog
    AS $$ SELECT 'Hello, ' || name || '!' $$;
