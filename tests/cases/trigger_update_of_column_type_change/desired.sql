-- A BEFORE UPDATE OF price trigger (no WHEN) and a statement-level UPDATE OF
-- trigger; price changes integer cents -> numeric.
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(12,2) NOT NULL, price_changed_at timestamptz);
CREATE TABLE price_events (at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION products_price_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.price_changed_at := now(); RETURN NEW; END $$;
CREATE FUNCTION products_price_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO price_events DEFAULT VALUES; RETURN NULL; END $$;
CREATE TRIGGER products_price_changed BEFORE UPDATE OF price ON products
    FOR EACH ROW EXECUTE FUNCTION products_price_changed();
CREATE TRIGGER products_price_event AFTER UPDATE OF price, name ON products
    FOR EACH STATEMENT EXECUTE FUNCTION products_price_event();
