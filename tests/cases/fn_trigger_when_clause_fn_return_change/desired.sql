CREATE FUNCTION price_changed(a numeric, b numeric, tolerance numeric DEFAULT 0.01) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT abs(coalesce(a,0) - coalesce(b,0)) > tolerance $$;
CREATE TABLE prices (sku text PRIMARY KEY, price numeric NOT NULL);
CREATE TABLE price_log (sku text, old numeric, new numeric, at timestamptz DEFAULT now());
CREATE FUNCTION log_price() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO price_log(sku, old, new) VALUES (NEW.sku, OLD.price, NEW.price); RETURN NEW; END $$;
CREATE TRIGGER prices_log AFTER UPDATE ON prices FOR EACH ROW WHEN (price_changed(OLD.price, NEW.price)) EXECUTE FUNCTION log_price();
