-- One partition carries its own trigger (archived rows are read-only) next
-- to a trigger cloned from the parent; the local trigger is added.
CREATE TABLE invoices (id bigint NOT NULL, issued_on date NOT NULL, amount numeric NOT NULL, updated_at timestamptz) PARTITION BY RANGE (issued_on);
CREATE TABLE invoices_archive PARTITION OF invoices FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE invoices_current PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);
CREATE FUNCTION invoices_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER invoices_touch BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION invoices_touch();
