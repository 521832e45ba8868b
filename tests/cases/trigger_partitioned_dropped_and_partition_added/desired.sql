-- A row trigger on a partitioned table is dropped (its clones go with it)
-- while a statement trigger stays and a new partition is added.
CREATE TABLE orders (id bigint NOT NULL, placed_on date NOT NULL, total numeric NOT NULL, touched_at timestamptz) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE FUNCTION orders_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_notify('orders', TG_OP); RETURN NULL; END $$;
CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE ON orders FOR EACH STATEMENT EXECUTE FUNCTION orders_notify();
