CREATE TABLE prices (
    id integer PRIMARY KEY,
    amount numeric(10,2) NOT NULL,
    currency char(3) NOT NULL DEFAULT 'EUR',
    changed_at timestamptz
);

CREATE FUNCTION mark_price_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER prices_mark_changed
    BEFORE UPDATE ON prices
    FOR EACH ROW
    WHEN (OLD.amount IS DISTINCT FROM NEW.amount)
    EXECUTE FUNCTION mark_price_changed();
