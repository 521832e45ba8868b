-- Function rename parameter.
CREATE FUNCTION tax_for(amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 0.2 $$;
