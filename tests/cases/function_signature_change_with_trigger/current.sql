CREATE TABLE items (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    stock integer NOT NULL DEFAULT 0
);

CREATE FUNCTION is_valid_sku(code text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT code ~ '^[A-Z]{3}-[0-9]{4}$' $$;

CREATE FUNCTION reject_bad_sku() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'invalid sku %', NEW.sku;
END;
$$;

CREATE TRIGGER items_sku_check
    BEFORE INSERT OR UPDATE OF sku ON items
    FOR EACH ROW
    WHEN (NOT is_valid_sku(NEW.sku))
    EXECUTE FUNCTION reject_bad_sku();

CREATE VIEW valid_items AS
    SELECT id, sku, stock FROM items WHERE is_valid_sku(sku);
