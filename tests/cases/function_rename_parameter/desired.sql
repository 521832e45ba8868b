-- Function rename parameter.
CREATE FUNCTION tax_for(net_amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT net_amount * 0.2 $$;
