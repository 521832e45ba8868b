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
    BEFORE UPDATE OF amount, currency ON prices
    FOR EACH ROW
    WHEN (OLD.amount IS DISTINCT FROM NEW.amount OR OLD.currency IS DISTINCT FROM NEW.currency)
    EXECUTE FUNCTION mark_price_changed();
