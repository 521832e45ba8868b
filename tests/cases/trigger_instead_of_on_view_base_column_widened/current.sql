-- A writable facade view with INSTEAD OF triggers; the base id column is
-- widened int -> bigint, so the view is rebuilt and its triggers must follow.
CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL, deleted_at timestamptz);
CREATE VIEW active_customers AS SELECT id, email FROM customers WHERE deleted_at IS NULL;
CREATE FUNCTION active_customers_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO customers (id, email) VALUES (NEW.id, NEW.email); RETURN NEW; END $$;
CREATE FUNCTION active_customers_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE customers SET deleted_at = now() WHERE id = OLD.id; RETURN OLD; END $$;
CREATE TRIGGER active_customers_ins INSTEAD OF INSERT ON active_customers
    FOR EACH ROW EXECUTE FUNCTION active_customers_ins();
CREATE TRIGGER active_customers_del INSTEAD OF DELETE ON active_customers
    FOR EACH ROW EXECUTE FUNCTION active_customers_del();
COMMENT ON TRIGGER active_customers_del ON active_customers IS 'soft delete';
